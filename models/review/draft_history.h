#pragma once

#include "common/result.h"
#include "domain/ticket.h"

#include <optional>

namespace docket {

class Workspace;

// The ticket as a generator last wrote it, read back from the activity log. No value for a ticket
// the PM made in Docket (by splitting, for instance).
Result<std::optional<Ticket>> generatedVersion(const Workspace &workspace, const QString &ticketId);

} // namespace docket
