#include "cli/cli.h"
#include "composition_root.h"

int main(int argc, char *argv[])
{
    // Subcommands run headless: no QApplication, no display needed.
    if (docket::isCliInvocation(argc, argv))
        return docket::runCli(argc, argv);
    return docket::runGui(argc, argv);
}
