#include "cli_support.h"

#include "cli.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace docket {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::Cli)
};
} // namespace

int userError(Streams streams, const QString &message)
{
    streams.err << Text::tr("docket: %1").arg(message) << Qt::endl;
    return ExitUserError;
}

int internalError(Streams streams, const Error &error)
{
    streams.err << Text::tr("docket: internal error: %1").arg(error.toString()) << Qt::endl;
    return ExitInternalError;
}

bool parseOptions(QCommandLineParser &parser, const QStringList &arguments, Streams streams, int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    parser.addOption(help);
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("docket"));
    if (!parser.parse(withProgram)) {
        *exitCode = userError(streams, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        streams.out << parser.helpText();
        *exitCode = ExitSuccess;
        return false;
    }
    return true;
}

} // namespace docket
