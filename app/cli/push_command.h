#pragma once

#include "cli_support.h"

namespace docket {

// docket push github --workspace FILE --repo OWNER/NAME [--dry-run]: the reviewed tickets of a
// document into a tracker, planned first, through the outbox.
int runPush(const QStringList &arguments, Streams streams);

} // namespace docket
