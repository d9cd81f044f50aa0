#pragma once

#include "cli_support.h"

namespace docket {

// docket auth login|status|logout: tracker accounts from the terminal. Tokens are read from
// standard input (--token-stdin), never from the command line, and go to the OS keychain.
int runAuth(const QStringList &arguments, Streams streams);

} // namespace docket
