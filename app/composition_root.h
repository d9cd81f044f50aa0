#pragma once

#include <QString>

class QCoreApplication;

namespace docket {

// Names and version every entry point shares (settings location, About, --version).
void setApplicationIdentity();

// Where Docket keeps its workspace when the user names none.
QString defaultWorkspacePath();

// Installs the translations compiled into the binary for the system's language.
void installTranslations(QCoreApplication &app);

// Builds the main window, opens the workspace named on the command line or the default one
// (with the bundled sample spec imported on first run) and runs the event loop.
int runGui(int argc, char *argv[]);

} // namespace docket
