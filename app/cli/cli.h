#pragma once

#include <QStringList>

class QTextStream;

namespace docket {

// Exit codes every subcommand keeps.
enum ExitCode { ExitSuccess = 0, ExitUserError = 1, ExitInternalError = 2 };

// True when argv names a headless subcommand (or --version/help), which needs no display.
bool isCliInvocation(int argc, char *argv[]);

// Runs a subcommand inside a QCoreApplication.
int runCli(int argc, char *argv[]);

// The subcommands themselves; arguments exclude the program name. For tests.
int runCliCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace docket
