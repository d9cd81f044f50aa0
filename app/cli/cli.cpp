#include "cli.h"

#include "auth/token_store.h"
#include "auth_command.h"
#include "cli/json_output.h"
#include "cli_support.h"
#include "composition_root.h"
#include "domain/draft_conversion.h"
#include "domain/draft_json.h"
#include "domain/json.h"
#include "domain/ticket_edits.h"
#include "domain/workflow.h"
#include "generator_factory.h"
#include "generators/draft_repair.h"
#include "import/workspace_import.h"
#include "push_command.h"
#include "store/drafts_store.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>
#include <functional>

namespace docket {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::Cli)
};

using Handler = std::function<int(const QStringList &arguments, Streams streams)>;

struct Command {
    const char *name;
    const char *usage;
    const char *summary;
    Handler run;
};

QString importOutcomeName(WorkspaceImport::Kind kind)
{
    switch (kind) {
    case WorkspaceImport::Kind::Added:
        return QStringLiteral("added");
    case WorkspaceImport::Kind::Updated:
        return QStringLiteral("updated");
    case WorkspaceImport::Kind::Unchanged:
        return QStringLiteral("unchanged");
    }
    return {};
}

Result<WorkspaceImport> importWithoutStoring(const QString &specPath)
{
    auto parsed = DocumentImporter::importFile(specPath);
    if (!parsed)
        return parsed.error();
    WorkspaceImport result;
    result.imported = parsed.value();
    return result;
}

QJsonArray blocksToJson(const QList<Block> &blocks)
{
    QJsonArray array;
    for (const Block &block : blocks)
        array.append(blockToJson(block));
    return array;
}

void printBlockTable(QTextStream &out, const QList<Block> &blocks)
{
    for (const Block &block : blocks) {
        QString text = block.text.section(QLatin1Char('\n'), 0, 0);
        if (text.size() > 72)
            text = text.left(71) + QChar(0x2026);
        out << QStringLiteral("%1-%2").arg(block.startLine).arg(block.endLine).leftJustified(10) << ' '
            << blockTypeName(block.type).leftJustified(20) << ' ' << text << '\n';
    }
    out.flush();
}

int runImport(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Import a Markdown or text spec into a workspace as typed blocks."));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             Text::tr("The workspace file (created when missing)."),
                                             Text::tr("file"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Text::tr("Print the document and its blocks as JSON."));
    parser.addOption(workspaceOption);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("spec"),
                                 Text::tr("The spec to import (.md, .markdown, .txt)."));
    int exitCode = ExitSuccess;
    if (!parseOptions(parser, arguments, streams, &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return userError(streams,
                         Text::tr("import takes exactly one spec file; see 'docket import --help'."));
    if (!parser.isSet(workspaceOption))
        return userError(streams, Text::tr("import needs --workspace FILE."));

    const QString workspacePath = parser.value(workspaceOption);
    auto imported = importIntoWorkspace(positional.first(), workspacePath, {}, QStringLiteral("cli"));
    if (!imported)
        return userError(streams, imported.error().toString());

    const ImportedDocument &result = imported.value().imported;
    if (parser.isSet(jsonOption)) {
        printJson(streams.out,
                  QJsonObject{{QStringLiteral("document"), documentToJson(result.document)},
                              {QStringLiteral("outcome"), importOutcomeName(imported.value().kind)},
                              {QStringLiteral("blocks"), blocksToJson(result.blocks)}});
        return ExitSuccess;
    }
    QMap<QString, int> counts;
    for (const Block &block : result.blocks)
        ++counts[blockTypeName(block.type)];
    switch (imported.value().kind) {
    case WorkspaceImport::Kind::Added:
        streams.out << Text::tr("Imported \"%1\" into %2: %n block(s).", nullptr, int(result.blocks.size()))
                           .arg(result.document.title, QDir::toNativeSeparators(workspacePath))
                    << '\n';
        break;
    case WorkspaceImport::Kind::Unchanged:
        streams.out << Text::tr("\"%1\" has not changed since it was imported into %2.")
                           .arg(result.document.title, QDir::toNativeSeparators(workspacePath))
                    << '\n';
        break;
    case WorkspaceImport::Kind::Updated:
        streams.out << Text::tr("Updated \"%1\" in %2: %3 block(s) reworded, %4 added, %5 removed.")
                           .arg(result.document.title, QDir::toNativeSeparators(workspacePath))
                           .arg(imported.value().changedBlocks)
                           .arg(imported.value().addedBlocks)
                           .arg(imported.value().removedBlocks)
                    << '\n';
        break;
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        streams.out << QStringLiteral("  %1 %2\n").arg(it.value(), 5).arg(it.key());
    streams.out << Text::tr("Document id: %1").arg(result.document.id) << '\n';
    streams.out.flush();
    return ExitSuccess;
}

int runBlocks(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("List the blocks of the documents in a workspace."));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), Text::tr("The workspace file."),
                                             Text::tr("file"));
    const QCommandLineOption documentOption(QStringLiteral("document"),
                                            Text::tr("Only this document's blocks."), Text::tr("id"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("Print JSON."));
    parser.addOption(workspaceOption);
    parser.addOption(documentOption);
    parser.addOption(jsonOption);
    int exitCode = ExitSuccess;
    if (!parseOptions(parser, arguments, streams, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() > 1)
        return userError(streams,
                         Text::tr("unexpected argument \"%1\".").arg(parser.positionalArguments().at(1)));
    if (!parser.isSet(workspaceOption))
        return userError(streams, Text::tr("blocks needs --workspace FILE."));

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
            return userError(streams, Text::tr("no document with id %1 in this workspace.").arg(wanted));
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

Result<QList<BlockType>> parseBlockTypes(const QString &list)
{
    QList<BlockType> types;
    for (const QString &name : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto type = blockTypeFromName(name.trimmed());
        if (!type) {
            QStringList known;
            for (BlockType each : allBlockTypes())
                known.append(blockTypeName(each));
            return Error{Text::tr("unknown block type \"%1\"; use %2")
                             .arg(name.trimmed(), known.join(QStringLiteral(", "))),
                         QStringLiteral("--block-types")};
        }
        types.append(*type);
    }
    return types;
}

int runGenerate(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Generate ticket drafts from a spec; prints tickets.result.v1."));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             Text::tr("Store the document and its drafts in this workspace."),
                                             Text::tr("file"));
    const QCommandLineOption generatorOption(QStringLiteral("generator"),
                                             Text::tr("rules (default), ollama, openai or taskforge."),
                                             Text::tr("name"), QStringLiteral("rules"));
    const QCommandLineOption typesOption(QStringLiteral("block-types"),
                                         Text::tr("Only generate from these block types (comma-separated)."),
                                         Text::tr("types"));
    const QCommandLineOption modelOption(QStringLiteral("model"), Text::tr("The model, for LLM generators."),
                                         Text::tr("name"));
    const QCommandLineOption urlOption(QStringLiteral("base-url"),
                                       Text::tr("The server, for LLM and TaskForge."), Text::tr("url"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Text::tr("Print the tickets.result.v1 document."));
    for (const QCommandLineOption &option :
         {workspaceOption, generatorOption, typesOption, modelOption, urlOption, jsonOption})
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("spec"), Text::tr("The spec to generate from."));
    int exitCode = ExitSuccess;
    if (!parseOptions(parser, arguments, streams, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return userError(streams,
                         Text::tr("generate takes exactly one spec file; see 'docket generate --help'."));

    GenerationRequest request;
    if (parser.isSet(typesOption)) {
        auto types = parseBlockTypes(parser.value(typesOption));
        if (!types)
            return userError(streams, types.error().toString());
        request.includeBlockTypes = types.value();
    }

    GeneratorSettings settings;
    settings.generatorId = parser.value(generatorOption);
    settings.baseUrl = parser.isSet(urlOption) ? QUrl(parser.value(urlOption))
                                               : GeneratorSettings::defaultBaseUrl(settings.generatorId);
    settings.model = parser.isSet(modelOption) ? parser.value(modelOption)
                                               : GeneratorSettings::defaultModel(settings.generatorId);
    // A key comes from the environment or the keychain (docket auth set-key), never from the
    // command line.
    settings.apiKey =
        qEnvironmentVariable(settings.generatorId == QLatin1String("taskforge") ? "DOCKET_TASKFORGE_API_KEY"
                                                                                : "DOCKET_LLM_API_KEY");
    if (settings.apiKey.isEmpty() && settings.needsApiKey()) {
        KeychainTokenStore keychain;
        auto stored = readSecretAndWait(
            keychain, GeneratorSettings::apiKeySecretKey(settings.generatorId, settings.baseUrl));
        if (stored && stored.value())
            settings.apiKey = *stored.value();
    }
    QNetworkAccessManager network;
    auto generator = GeneratorFactory(&network).create(settings);
    if (!generator)
        return userError(streams, generator.error().toString());

    const bool store = parser.isSet(workspaceOption);
    auto imported = store ? importIntoWorkspace(positional.first(), parser.value(workspaceOption), {},
                                                QStringLiteral("cli"))
                          : importWithoutStoring(positional.first());
    if (!imported)
        return userError(streams, imported.error().toString());
    request.document = imported.value().imported.document;
    request.blocks = imported.value().imported.blocks;

    auto result = runToCompletion(*generator.value(), request);
    if (!result)
        return userError(streams, result.error().toString());
    const DraftSet &set = result.value();

    if (store) {
        auto workspace = Workspace::open(parser.value(workspaceOption), Workspace::OpenMode::MustExist);
        if (!workspace)
            return internalError(streams, workspace.error());
        auto stored = storeDrafts(*workspace.value(), request.document.id, set,
                                  QStringLiteral("generator:") + settings.generatorId);
        if (!stored)
            return internalError(streams, stored.error());
    }

    for (const QString &warning : set.generation.warnings)
        streams.err << Text::tr("docket: warning: %1").arg(warning) << '\n';
    streams.err.flush();
    if (parser.isSet(jsonOption)) {
        printJson(streams.out, draftSetToJson(set));
        return ExitSuccess;
    }
    QMap<QString, int> counts;
    for (const Draft &draft : set.tickets)
        ++counts[ticketTypeName(draft.ticketType)];
    streams.out << Text::tr("Generated %n ticket draft(s) from \"%1\" in %2 ms.", nullptr,
                            int(set.tickets.size()))
                       .arg(set.sourceTitle)
                       .arg(set.generation.durationMs)
                << '\n';
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        streams.out << QStringLiteral("  %1 %2\n").arg(it.value(), 5).arg(it.key());
    streams.out << Text::tr("%n risk(s), %1 open question(s).", nullptr, int(set.risks.size()))
                       .arg(set.openQuestions.size())
                << '\n';
    streams.out.flush();
    return ExitSuccess;
}

Result<Document> documentFor(Workspace &workspace, const QString &requested)
{
    auto documents = workspace.documents();
    if (!documents)
        return documents.error();
    if (requested.isEmpty()) {
        if (documents.value().size() == 1)
            return documents.value().first();
        return Error{Text::tr("the workspace holds %n document(s); name one with --document ID.", nullptr,
                              int(documents.value().size())),
                     QStringLiteral("--document")};
    }
    for (const Document &document : documents.value()) {
        if (document.id == requested)
            return document;
    }
    return Error{Text::tr("no document with id %1 in this workspace.").arg(requested),
                 QStringLiteral("--document")};
}

int runDrafts(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Exchange ticket drafts as tickets.result.v1 JSON.\n"
                 "  drafts export --workspace FILE [--document ID]\n"
                 "  drafts import RESULT.json --workspace FILE [--document ID]"));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), Text::tr("The workspace file."),
                                             Text::tr("file"));
    const QCommandLineOption documentOption(QStringLiteral("document"),
                                            Text::tr("The document (when several)."), Text::tr("id"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Text::tr("Print JSON (import: the stored result)."));
    for (const QCommandLineOption &option : {workspaceOption, documentOption, jsonOption})
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("action"), Text::tr("export or import"));
    int exitCode = ExitSuccess;
    if (!parseOptions(parser, arguments, streams, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments().mid(1);
    const QString action = positional.value(0);
    if (action != QLatin1String("export") && action != QLatin1String("import"))
        return userError(streams, Text::tr("drafts takes export or import; see 'docket drafts --help'."));
    if (!parser.isSet(workspaceOption))
        return userError(streams, Text::tr("drafts needs --workspace FILE."));
    auto workspace = Workspace::open(parser.value(workspaceOption), Workspace::OpenMode::MustExist);
    if (!workspace)
        return userError(streams, workspace.error().toString());
    auto document = documentFor(*workspace.value(), parser.value(documentOption));
    if (!document)
        return userError(streams, document.error().toString());

    if (action == QLatin1String("export")) {
        auto tickets = workspace.value()->tickets({document.value().id, std::nullopt});
        if (!tickets)
            return internalError(streams, tickets.error());
        DraftSet set = draftSetFromTickets(tickets.value(), document.value().title);
        if (auto notes = workspace.value()->notes(document.value().id)) {
            for (const Note &note : notes.value())
                (note.kind == NoteKind::Risk ? set.risks : set.openQuestions)
                    .append({note.text, note.blockId});
        }
        printJson(streams.out, draftSetToJson(set));
        return ExitSuccess;
    }

    if (positional.size() != 2)
        return userError(streams, Text::tr("drafts import takes one tickets.result.v1 file."));
    QFile file(positional.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return userError(streams, Text::tr("%1: %2").arg(positional.at(1), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return userError(streams, Text::tr("%1 is not a JSON object: %2 at character %3.")
                                      .arg(positional.at(1), parseError.errorString())
                                      .arg(parseError.offset));
    const QString schema = json.object().value(QStringLiteral("schema_version")).toString();
    if (schema != QLatin1String(kTicketsResultSchema))
        return userError(
            streams,
            Text::tr("%1 is not tickets.result.v1 (schema_version \"%2\").").arg(positional.at(1), schema));
    DraftSet set = repairDrafts(json.object());
    set.generation.generator = QStringLiteral("import");
    for (const QString &warning : std::as_const(set.generation.warnings))
        streams.err << Text::tr("docket: warning: %1").arg(warning) << '\n';
    auto stored =
        storeDrafts(*workspace.value(), document.value().id, set, QStringLiteral("cli:drafts-import"));
    if (!stored)
        return internalError(streams, stored.error());
    if (parser.isSet(jsonOption)) {
        QJsonArray added;
        for (const Ticket &ticket : stored.value().added)
            added.append(ticketToJson(ticket));
        printJson(streams.out, QJsonObject{{QStringLiteral("added"), added},
                                           {QStringLiteral("kept"), stored.value().kept},
                                           {QStringLiteral("proposed"), stored.value().proposed},
                                           {QStringLiteral("warnings"),
                                            QJsonArray::fromStringList(set.generation.warnings)}});
    } else {
        streams.out << Text::tr("Imported %n draft(s) as tickets.", nullptr, int(stored.value().added.size()))
                    << '\n';
    }
    streams.out.flush();
    return ExitSuccess;
}

int runTicketsList(Workspace &workspace, const QCommandLineParser &parser,
                   const QCommandLineOption &documentOption, const QCommandLineOption &statusOption,
                   const QCommandLineOption &jsonOption, Streams streams)
{
    TicketQuery query;
    query.documentId = parser.value(documentOption);
    if (parser.isSet(statusOption)) {
        query.status = ticketStatusFromName(parser.value(statusOption));
        if (!query.status)
            return userError(streams,
                             Text::tr("unknown status \"%1\"; use generated, reviewed, pushed, push_failed "
                                      "or synced.")
                                 .arg(parser.value(statusOption)));
    }
    auto tickets = workspace.tickets(query);
    if (!tickets)
        return internalError(streams, tickets.error());
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const Ticket &ticket : tickets.value())
            array.append(ticketToJson(ticket));
        printJson(streams.out, QJsonObject{{QStringLiteral("tickets"), array},
                                           {QStringLiteral("total"), int(tickets.value().size())}});
        return ExitSuccess;
    }
    for (const Ticket &ticket : tickets.value())
        streams.out << ticket.id << "  " << ticketStatusName(ticket.status).leftJustified(11) << ' '
                    << ticketTypeName(ticket.ticketType).leftJustified(5) << ' '
                    << (ticket.priority ? priorityName(*ticket.priority) : QStringLiteral("--")) << "  "
                    << ticket.title << '\n';
    streams.out.flush();
    return ExitSuccess;
}

int runTicketsEdit(Workspace &workspace, const QString &ticketId, const QCommandLineParser &parser,
                   const QHash<QString, QCommandLineOption> &options, Streams streams)
{
    auto current = workspace.ticket(ticketId);
    if (!current)
        return userError(streams, current.error().toString());
    Ticket ticket = current.value();
    if (parser.isSet(options.constFind(QStringLiteral("title")).value()))
        ticket.title = parser.value(options.constFind(QStringLiteral("title")).value()).trimmed();
    if (parser.isSet(options.constFind(QStringLiteral("body")).value()))
        ticket.body = parser.value(options.constFind(QStringLiteral("body")).value());
    if (parser.isSet(options.constFind(QStringLiteral("priority")).value())) {
        const QString value = parser.value(options.constFind(QStringLiteral("priority")).value());
        if (value == QLatin1String("none")) {
            ticket.priority.reset();
        } else {
            ticket.priority = priorityFromName(value);
            if (!ticket.priority)
                return userError(streams,
                                 Text::tr("--priority takes P0, P1, P2, P3 or none, not \"%1\".").arg(value));
        }
    }
    if (parser.isSet(options.constFind(QStringLiteral("type")).value())) {
        const QString value = parser.value(options.constFind(QStringLiteral("type")).value());
        const auto type = ticketTypeFromName(value);
        if (!type)
            return userError(
                streams, Text::tr("--type takes epic, story, task, bug or spike, not \"%1\".").arg(value));
        ticket.ticketType = *type;
    }
    for (const QString &label : parser.values(options.constFind(QStringLiteral("add-label")).value())) {
        if (!ticket.labels.contains(label.trimmed()))
            ticket.labels.append(label.trimmed());
    }
    for (const QString &label : parser.values(options.constFind(QStringLiteral("remove-label")).value()))
        ticket.labels.removeAll(label.trimmed());
    for (const QString &criterion : parser.values(options.constFind(QStringLiteral("add-criterion")).value()))
        ticket.acceptanceCriteria.append(criterion.trimmed());
    if (parser.isSet(options.constFind(QStringLiteral("points")).value())) {
        const QString value = parser.value(options.constFind(QStringLiteral("points")).value());
        bool ok = false;
        const int points = value.toInt(&ok);
        if (value == QLatin1String("none"))
            ticket.storyPoints.reset();
        else if (ok)
            ticket.storyPoints = points;
        else
            return userError(streams, Text::tr("--points takes a number or none, not \"%1\".").arg(value));
    }

    const QList<Violation> violations = validateTicket(ticket);
    if (!violations.isEmpty())
        return userError(streams, Text::tr("the edit breaks the ticket rules, nothing was saved:\n%1")
                                      .arg(describeViolations(violations)));
    // A pushed ticket edited here waits to be sent as an update, as after a GUI edit.
    ticket = withLocalEdit(current.value(), ticket);
    if (Status saved = workspace.saveTicket(ticket, QStringLiteral("cli")); !saved)
        return internalError(streams, saved.error());
    auto stored = workspace.ticket(ticketId);
    if (!stored)
        return internalError(streams, stored.error());
    printJson(streams.out, ticketToJson(stored.value()));
    return ExitSuccess;
}

int runTicketsReview(Workspace &workspace, const QStringList &ids, bool all, Streams streams)
{
    QList<Ticket> candidates;
    if (all) {
        auto tickets = workspace.tickets(TicketQuery{{}, TicketStatus::Generated});
        if (!tickets)
            return internalError(streams, tickets.error());
        candidates = tickets.value();
    } else {
        for (const QString &id : ids) {
            auto ticket = workspace.ticket(id);
            if (!ticket)
                return userError(streams, ticket.error().toString());
            candidates.append(ticket.value());
        }
    }
    QList<Ticket> reviewed;
    QStringList refused;
    for (const Ticket &ticket : std::as_const(candidates)) {
        auto marked = markReviewed(ticket);
        if (marked)
            reviewed.append(marked.value());
        else
            refused.append(marked.error().message);
    }
    if (Status saved = workspace.saveTickets(reviewed, QStringLiteral("cli")); !saved)
        return internalError(streams, saved.error());
    streams.out << Text::tr("Marked %n ticket(s) reviewed.", nullptr, int(reviewed.size())) << '\n';
    streams.out.flush();
    for (const QString &reason : std::as_const(refused))
        streams.err << Text::tr("docket: %1").arg(reason) << '\n';
    streams.err.flush();
    return refused.isEmpty() ? ExitSuccess : ExitUserError;
}

int runTickets(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "List, show, edit and review tickets; every edit lands in the activity log.\n"
        "  tickets list --workspace FILE [--document ID] [--status S] [--json]\n"
        "  tickets show ID --workspace FILE [--json]\n"
        "  tickets edit ID --workspace FILE [--title T] [--priority P0-P3|none] [--type T]\n"
        "               [--add-label L] [--remove-label L] [--add-criterion C] [--points N|none] [--body B]\n"
        "  tickets review --workspace FILE (--all | ID ...)"));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), Text::tr("The workspace file."),
                                             Text::tr("file"));
    const QCommandLineOption documentOption(QStringLiteral("document"),
                                            Text::tr("Only this document's tickets."), Text::tr("id"));
    const QCommandLineOption statusOption(QStringLiteral("status"),
                                          Text::tr("Only tickets with this status."), Text::tr("status"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("Print JSON."));
    const QCommandLineOption allOption(QStringLiteral("all"), Text::tr("review: every generated ticket."));
    QHash<QString, QCommandLineOption> edits;
    for (const auto &[name, help, value] :
         {std::tuple{"title", "A new title.", "text"}, std::tuple{"body", "A new Markdown body.", "text"},
          std::tuple{"priority", "P0, P1, P2, P3 or none.", "priority"},
          std::tuple{"type", "epic, story, task, bug or spike.", "type"},
          std::tuple{"add-label", "Add a label (repeatable).", "label"},
          std::tuple{"remove-label", "Remove a label (repeatable).", "label"},
          std::tuple{"add-criterion", "Add an acceptance criterion (repeatable).", "text"},
          std::tuple{"points", "Story points 1-100, or none.", "points"}}) {
        const QCommandLineOption option(QString::fromLatin1(name), Text::tr(help), Text::tr(value));
        edits.insert(QString::fromLatin1(name), option);
        parser.addOption(option);
    }
    for (const QCommandLineOption &option :
         {workspaceOption, documentOption, statusOption, jsonOption, allOption})
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("action"), Text::tr("list, show, edit or review"));
    int exitCode = ExitSuccess;
    if (!parseOptions(parser, arguments, streams, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments().mid(1);
    const QString action = positional.value(0);
    if (!parser.isSet(workspaceOption))
        return userError(streams, Text::tr("tickets needs --workspace FILE."));
    auto workspace = Workspace::open(parser.value(workspaceOption), Workspace::OpenMode::MustExist);
    if (!workspace)
        return userError(streams, workspace.error().toString());

    if (action == QLatin1String("list"))
        return runTicketsList(*workspace.value(), parser, documentOption, statusOption, jsonOption, streams);
    if (action == QLatin1String("show")) {
        if (positional.size() != 2)
            return userError(streams, Text::tr("tickets show takes one ticket id."));
        auto ticket = workspace.value()->ticket(positional.at(1));
        if (!ticket)
            return userError(streams, ticket.error().toString());
        printJson(streams.out, ticketToJson(ticket.value()));
        return ExitSuccess;
    }
    if (action == QLatin1String("edit")) {
        if (positional.size() != 2)
            return userError(streams, Text::tr("tickets edit takes one ticket id."));
        return runTicketsEdit(*workspace.value(), positional.at(1), parser, edits, streams);
    }
    if (action == QLatin1String("review")) {
        if (parser.isSet(allOption) == (positional.size() > 1))
            return userError(streams, Text::tr("tickets review takes --all or ticket ids, not both."));
        return runTicketsReview(*workspace.value(), positional.mid(1), parser.isSet(allOption), streams);
    }
    return userError(streams,
                     Text::tr("tickets takes list, show, edit or review; see 'docket tickets --help'."));
}

const QList<Command> &commands()
{
    static const QList<Command> list{
        {"import", "import SPEC --workspace FILE [--json]",
         QT_TRANSLATE_NOOP("docket::Cli", "Import a spec into typed blocks."), runImport},
        {"blocks", "blocks --workspace FILE [--document ID] [--json]",
         QT_TRANSLATE_NOOP("docket::Cli", "List a workspace's blocks."), runBlocks},
        {"generate",
         "generate SPEC [--workspace FILE] [--generator rules|ollama|openai|taskforge] [--block-types a,b] "
         "[--model M] [--base-url URL] [--json]",
         QT_TRANSLATE_NOOP("docket::Cli", "Generate ticket drafts (tickets.result.v1)."), runGenerate},
        {"tickets", "tickets list|show|edit|review ... --workspace FILE (see 'docket tickets --help')",
         QT_TRANSLATE_NOOP("docket::Cli", "List, show, edit and review tickets."), runTickets},
        {"auth", "auth login|status|logout [github|linear|jira] --workspace FILE ...",
         QT_TRANSLATE_NOOP("docket::Cli",
                           "Connect, list and disconnect tracker accounts (tokens in the keychain)."),
         runAuth},
        {"push", "push github --workspace FILE --repo OWNER/NAME [--document ID] [--dry-run] [--json]",
         QT_TRANSLATE_NOOP("docket::Cli", "Push reviewed tickets to a tracker (planned first, never twice)."),
         runPush},
        {"drafts", "drafts export|import [RESULT.json] --workspace FILE [--document ID] [--json]",
         QT_TRANSLATE_NOOP("docket::Cli", "Export or import ticket drafts as tickets.result.v1."), runDrafts},
    };
    return list;
}

void printUsage(QTextStream &out)
{
    out << Text::tr("Usage: docket [WORKSPACE]          open the desktop app\n"
                    "       docket COMMAND [OPTIONS]    run a command without a window\n\nCommands:\n");
    for (const Command &command : commands())
        out << QStringLiteral("  %1\n      %2\n")
                   .arg(QString::fromLatin1(command.usage), Text::tr(command.summary));
    out << Text::tr("  --version\n      Print the version.\n\n"
                    "Exit codes: 0 success, 1 user error (message on stderr), 2 internal error.\n"
                    "Run 'docket COMMAND --help' for a command's options.\n");
    out.flush();
}

bool isHelpWord(const QString &word)
{
    return word == QLatin1String("help") || word == QLatin1String("--help") || word == QLatin1String("-h");
}

bool isVersionWord(const QString &word)
{
    return word == QLatin1String("--version") || word == QLatin1String("-v");
}

} // namespace

bool isCliInvocation(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    if (isHelpWord(first) || isVersionWord(first))
        return true;
    for (const Command &command : commands()) {
        if (first == QLatin1String(command.name))
            return true;
    }
    // "docket FILE.docket" and Qt's own options (-style, -platform ...) open the window; any
    // other word is a mistyped command, answered on the terminal rather than with a window.
    return !first.startsWith(QLatin1Char('-')) && !first.endsWith(QLatin1String(".docket")) &&
           !QFileInfo::exists(first);
}

int runCliCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
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
    err << Text::tr("docket: unknown command \"%1\".").arg(arguments.first()) << '\n';
    printUsage(err);
    return ExitUserError;
}

int runCli(int argc, char *argv[])
{
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
        err << Text::tr("docket: internal error: %1").arg(QString::fromLocal8Bit(exception.what()))
            << Qt::endl;
        return ExitInternalError;
    }
}

} // namespace docket
