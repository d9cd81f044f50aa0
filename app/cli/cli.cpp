#include "cli.h"

#include "cli/json_output.h"
#include "composition_root.h"
#include "domain/json.h"
#include "import/workspace_import.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

#include <cstdio>
#include <functional>

namespace docket {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("docket::Cli", text, disambiguation, n);
}

struct Streams {
    QTextStream &out;
    QTextStream &err;
};

using Handler = std::function<int(const QStringList &arguments, Streams streams)>;

struct Command {
    const char *name;
    const char *usage;
    const char *summary;
    Handler run;
};

int userError(Streams streams, const QString &message) {
    streams.err << tr("docket: %1").arg(message) << Qt::endl;
    return ExitUserError;
}

int internalError(Streams streams, const Error &error) {
    streams.err << tr("docket: internal error: %1").arg(error.toString()) << Qt::endl;
    return ExitInternalError;
}

// Parses arguments[0] as the subcommand name and the rest as its options. Returns false with
// the message already printed when the arguments are not right.
bool parseOptions(QCommandLineParser &parser, const QStringList &arguments, Streams streams, int *exitCode) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
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

QJsonArray blocksToJson(const QList<Block> &blocks) {
    QJsonArray array;
    for (const Block &block : blocks)
        array.append(blockToJson(block));
    return array;
}

void printBlockTable(QTextStream &out, const QList<Block> &blocks) {
    for (const Block &block : blocks) {
        QString text = block.text.section(QLatin1Char('\n'), 0, 0);
        if (text.size() > 72)
            text = text.left(71) + QChar(0x2026);
        out << QStringLiteral("%1-%2").arg(block.startLine).arg(block.endLine).leftJustified(10) << ' '
            << blockTypeName(block.type).leftJustified(20) << ' ' << text << '\n';
    }
    out.flush();
}

int runImport(const QStringList &arguments, Streams streams) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import a Markdown or text spec into a workspace as typed blocks."));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             tr("The workspace file (created when missing)."), tr("file"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print the document and its blocks as JSON."));
    parser.addOption(workspaceOption);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("spec"), tr("The spec to import (.md, .markdown, .txt)."));
    int exitCode = ExitSuccess;
    if (!parseOptions(parser, arguments, streams, &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return userError(streams, tr("import takes exactly one spec file; see 'docket import --help'."));
    if (!parser.isSet(workspaceOption))
        return userError(streams, tr("import needs --workspace FILE."));

    const QString workspacePath = parser.value(workspaceOption);
    auto imported = importIntoWorkspace(positional.first(), workspacePath, {}, QStringLiteral("cli"));
    if (!imported)
        return userError(streams, imported.error().toString());

    const ImportedDocument &result = imported.value();
    if (parser.isSet(jsonOption)) {
        printJson(streams.out, QJsonObject{{QStringLiteral("document"), documentToJson(result.document)},
                                           {QStringLiteral("blocks"), blocksToJson(result.blocks)}});
        return ExitSuccess;
    }
    QMap<QString, int> counts;
    for (const Block &block : result.blocks)
        ++counts[blockTypeName(block.type)];
    streams.out << tr("Imported \"%1\" into %2: %n block(s).", nullptr, int(result.blocks.size()))
                       .arg(result.document.title, QDir::toNativeSeparators(workspacePath))
                << '\n';
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        streams.out << QStringLiteral("  %1 %2\n").arg(it.value(), 5).arg(it.key());
    streams.out << tr("Document id: %1").arg(result.document.id) << '\n';
    streams.out.flush();
    return ExitSuccess;
}

int runBlocks(const QStringList &arguments, Streams streams) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the blocks of the documents in a workspace."));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), tr("The workspace file."),
                                             tr("file"));
    const QCommandLineOption documentOption(QStringLiteral("document"), tr("Only this document's blocks."),
                                            tr("id"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(workspaceOption);
    parser.addOption(documentOption);
    parser.addOption(jsonOption);
    int exitCode = ExitSuccess;
    if (!parseOptions(parser, arguments, streams, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() > 1)
        return userError(streams, tr("unexpected argument \"%1\".").arg(parser.positionalArguments().at(1)));
    if (!parser.isSet(workspaceOption))
        return userError(streams, tr("blocks needs --workspace FILE."));

    auto workspace = Workspace::open(parser.value(workspaceOption), Workspace::OpenMode::MustExist);
    if (!workspace)
        return userError(streams, workspace.error().toString());

    auto documents = workspace.value()->documents();
    if (!documents)
        return internalError(streams, documents.error());
    QList<Document> selected = documents.value();
    if (parser.isSet(documentOption)) {
        const QString wanted = parser.value(documentOption);
        selected.removeIf([&](const Document &document) { return document.id != wanted; });
        if (selected.isEmpty())
            return userError(streams, tr("no document with id %1 in this workspace.").arg(wanted));
    }

    QJsonArray documentArray;
    QJsonArray blockArray;
    for (const Document &document : selected) {
        auto blocks = workspace.value()->blocks(document.id);
        if (!blocks)
            return internalError(streams, blocks.error());
        if (parser.isSet(jsonOption)) {
            QJsonObject summary = documentToJson(document);
            summary.insert(QStringLiteral("block_count"), int(blocks.value().size()));
            documentArray.append(summary);
            for (const Block &block : blocks.value())
                blockArray.append(blockToJson(block));
        } else {
            streams.out << QStringLiteral("# %1 (%2)\n").arg(document.title, document.id);
            printBlockTable(streams.out, blocks.value());
        }
    }
    if (parser.isSet(jsonOption))
        printJson(streams.out, QJsonObject{{QStringLiteral("documents"), documentArray},
                                           {QStringLiteral("blocks"), blockArray}});
    return ExitSuccess;
}

const QList<Command> &commands() {
    static const QList<Command> list{
        {"import", "import SPEC --workspace FILE [--json]",
         QT_TRANSLATE_NOOP("docket::Cli", "Import a spec into typed blocks."), runImport},
        {"blocks", "blocks --workspace FILE [--document ID] [--json]",
         QT_TRANSLATE_NOOP("docket::Cli", "List a workspace's blocks."), runBlocks},
    };
    return list;
}

void printUsage(QTextStream &out) {
    out << tr("Usage: docket [WORKSPACE]          open the desktop app\n"
              "       docket COMMAND [OPTIONS]    run a command without a window\n\nCommands:\n");
    for (const Command &command : commands())
        out << QStringLiteral("  %1\n      %2\n")
                   .arg(QString::fromLatin1(command.usage), tr(command.summary));
    out << tr("  --version\n      Print the version.\n\n"
              "Exit codes: 0 success, 1 user error (message on stderr), 2 internal error.\n"
              "Run 'docket COMMAND --help' for a command's options.\n");
    out.flush();
}

bool isHelpWord(const QString &word) {
    return word == QLatin1String("help") || word == QLatin1String("--help") || word == QLatin1String("-h");
}

bool isVersionWord(const QString &word) {
    return word == QLatin1String("--version") || word == QLatin1String("-v");
}

} // namespace

bool isCliInvocation(int argc, char *argv[]) {
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    if (isHelpWord(first) || isVersionWord(first))
        return true;
    for (const Command &command : commands()) {
        if (first == QLatin1String(command.name))
            return true;
    }
    return false;
}

int runCliCommand(const QStringList &arguments, QTextStream &out, QTextStream &err) {
    if (arguments.isEmpty() || isHelpWord(arguments.first())) {
        printUsage(out);
        return ExitSuccess;
    }
    if (isVersionWord(arguments.first())) {
        out << QStringLiteral("docket %1\n").arg(QCoreApplication::applicationVersion());
        out.flush();
        return ExitSuccess;
    }
    for (const Command &command : commands()) {
        if (arguments.first() == QLatin1String(command.name))
            return command.run(arguments, Streams{out, err});
    }
    err << tr("docket: unknown command \"%1\".").arg(arguments.first()) << '\n';
    printUsage(err);
    return ExitUserError;
}

int runCli(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    try {
        return runCliCommand(arguments, out, err);
    } catch (const std::exception &exception) {
        err << tr("docket: internal error: %1").arg(QString::fromLocal8Bit(exception.what())) << Qt::endl;
        return ExitInternalError;
    }
}

} // namespace docket
