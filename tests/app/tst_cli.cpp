#include "fake_http_server.h"
#include "store/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kSampleSpec = QStringLiteral(DOCKET_SOURCE_DIR "/resources/samples/sample-spec.md");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the real binary without any display, as a script or CI job would.
Run runDocket(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DOCKET_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << json.left(200);
    return document.object();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void versionNeedsNoDisplay()
    {
        const Run run = runDocket({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("docket " DOCKET_VERSION));
    }

    void helpListsTheCommands()
    {
        const Run run = runDocket({QStringLiteral("help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("import SPEC --workspace FILE"));
        QVERIFY(run.out.contains("blocks --workspace FILE"));
    }

    void importCreatesTheWorkspaceAndPrintsTypedBlocks()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("import.docket"));
        QVERIFY(!QFile::exists(workspace));
        const Run run = runDocket({QStringLiteral("import"), kSampleSpec, QStringLiteral("--workspace"),
                                   workspace, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        QVERIFY(QFile::exists(workspace));

        const QJsonObject result = parse(run.out);
        const QJsonObject document = result.value(QStringLiteral("document")).toObject();
        QVERIFY(!document.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(!document.value(QStringLiteral("title")).toString().isEmpty());
        QCOMPARE(document.value(QStringLiteral("format")).toString(), QStringLiteral("markdown"));

        const QJsonArray blocks = result.value(QStringLiteral("blocks")).toArray();
        QVERIFY(blocks.size() > 20);
        QSet<QString> types;
        int previousOrdinal = -1;
        for (const QJsonValue &value : blocks) {
            const QJsonObject block = value.toObject();
            types.insert(block.value(QStringLiteral("type")).toString());
            QCOMPARE(block.value(QStringLiteral("document_id")), document.value(QStringLiteral("id")));
            QVERIFY(block.value(QStringLiteral("start_line")).toInt() >= 1);
            QVERIFY(block.value(QStringLiteral("end_line")).toInt() >=
                    block.value(QStringLiteral("start_line")).toInt());
            QCOMPARE(block.value(QStringLiteral("ordinal")).toInt(), previousOrdinal + 1);
            previousOrdinal = block.value(QStringLiteral("ordinal")).toInt();
        }
        for (const char *expected :
             {"heading", "user_story", "requirement", "acceptance_criteria", "risk", "open_question"})
            QVERIFY2(types.contains(QLatin1String(expected)), expected);
    }

    void blocksReadsBackWhatImportStored()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("blocks.docket"));
        const Run imported = runDocket({QStringLiteral("import"), kSampleSpec, QStringLiteral("--workspace"),
                                        workspace, QStringLiteral("--json")});
        QCOMPARE(imported.exitCode, 0);
        const QJsonObject importResult = parse(imported.out);
        const QString documentId =
            importResult.value(QStringLiteral("document")).toObject().value(QStringLiteral("id")).toString();

        const Run listed = runDocket({QStringLiteral("blocks"), QStringLiteral("--workspace"), workspace,
                                      QStringLiteral("--document"), documentId, QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonObject listResult = parse(listed.out);
        QCOMPARE(listResult.value(QStringLiteral("blocks")).toArray(),
                 importResult.value(QStringLiteral("blocks")).toArray());
        QCOMPARE(listResult.value(QStringLiteral("documents"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("block_count")),
                 QJsonValue(importResult.value(QStringLiteral("blocks")).toArray().size()));

        const Run human = runDocket({QStringLiteral("blocks"), QStringLiteral("--workspace"), workspace});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("user_story"));
    }

    void unknownDocumentIsAUserError()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("unknown-doc.docket"));
        QCOMPARE(runDocket({QStringLiteral("import"), kSampleSpec, QStringLiteral("--workspace"), workspace})
                     .exitCode,
                 0);
        const Run run =
            runDocket({QStringLiteral("blocks"), QStringLiteral("--workspace"), workspace,
                       QStringLiteral("--document"), QStringLiteral("no-such-id"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains("no-such-id"));
    }

    void missingSpecIsAUserErrorAndCreatesNothing()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("never.docket"));
        const QString missing = m_dir.filePath(QStringLiteral("missing-spec.md"));
        const Run run =
            runDocket({QStringLiteral("import"), missing, QStringLiteral("--workspace"), workspace});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("missing-spec.md"), run.err.constData());
        QVERIFY(!QFile::exists(workspace));
    }

    void aFileThatIsNotAWorkspaceIsAUserError()
    {
        const QString notes = m_dir.filePath(QStringLiteral("notes.docket"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("plain notes that happen to use the .docket suffix\n");
        file.close();
        const Run run = runDocket(
            {QStringLiteral("blocks"), QStringLiteral("--workspace"), notes, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("not a Docket workspace"), run.err.constData());
    }

    void badUsageIsAUserError()
    {
        QCOMPARE(runDocket({QStringLiteral("import"), kSampleSpec}).exitCode, 1); // no --workspace
        QCOMPARE(runDocket({QStringLiteral("blocks")}).exitCode, 1);
        QCOMPARE(runDocket({QStringLiteral("blocks"), QStringLiteral("--workspace")}).exitCode, 1);
        const Run unknown = runDocket({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("frobnicate"));
        const Run badOption = runDocket({QStringLiteral("blocks"), QStringLiteral("--nope")});
        QCOMPARE(badOption.exitCode, 1);
        QVERIFY(badOption.err.contains("nope"));
    }

    void generatePrintsTicketsResultV1()
    {
        const Run run = runDocket({QStringLiteral("generate"), kSampleSpec, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parse(run.out);
        QCOMPARE(result.value(QStringLiteral("schema_version")).toString(),
                 QStringLiteral("tickets.result.v1"));
        const QJsonArray tickets = result.value(QStringLiteral("tickets")).toArray();
        QVERIFY(tickets.size() >= 10);
        QCOMPARE(tickets.first().toObject().value(QStringLiteral("external_id")).toString(),
                 QStringLiteral("SPEC-1"));
        QCOMPARE(result.value(QStringLiteral("generation"))
                     .toObject()
                     .value(QStringLiteral("generator"))
                     .toString(),
                 QStringLiteral("rules"));
        QCOMPARE(result.value(QStringLiteral("risks")).toArray().size(), 2);
        QCOMPARE(result.value(QStringLiteral("open_questions")).toArray().size(), 3);
    }

    void generateFiltersBlockTypes()
    {
        const Run stories =
            runDocket({QStringLiteral("generate"), kSampleSpec, QStringLiteral("--block-types"),
                       QStringLiteral("user_story"), QStringLiteral("--json")});
        QCOMPARE(stories.exitCode, 0);
        for (const QJsonValue &ticket : parse(stories.out).value(QStringLiteral("tickets")).toArray())
            QCOMPARE(ticket.toObject().value(QStringLiteral("ticket_type")).toString(),
                     QStringLiteral("story"));
        const Run bad = runDocket({QStringLiteral("generate"), kSampleSpec, QStringLiteral("--block-types"),
                                   QStringLiteral("user_storys")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("user_storys"));
    }

    void generateIntoAWorkspaceTwiceAddsNothingTheSecondTime()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("generated.docket"));
        QCOMPARE(
            runDocket({QStringLiteral("generate"), kSampleSpec, QStringLiteral("--workspace"), workspace})
                .exitCode,
            0);
        const Run first = runDocket(
            {QStringLiteral("blocks"), QStringLiteral("--workspace"), workspace, QStringLiteral("--json")});
        QCOMPARE(parse(first.out).value(QStringLiteral("documents")).toArray().size(), 1);
        const Run again =
            runDocket({QStringLiteral("generate"), kSampleSpec, QStringLiteral("--workspace"), workspace});
        QCOMPARE(again.exitCode, 0);
        const Run second = runDocket(
            {QStringLiteral("blocks"), QStringLiteral("--workspace"), workspace, QStringLiteral("--json")});
        QCOMPARE(parse(second.out).value(QStringLiteral("documents")).toArray().size(), 1);
    }

    void generateThroughAnOpenAiCompatibleServer()
    {
        FakeHttpServer server;
        const QByteArray answer =
            "{\"tickets\":[{\"external_id\":\"SPEC-1\",\"ticket_type\":\"task\",\"title\":"
            "\"Export invoices as CSV\",\"acceptance_criteria\":[\"One row per line item\"]}]}";
        QJsonObject event{
            {QStringLiteral("choices"),
             QJsonArray{QJsonObject{{QStringLiteral("delta"),
                                     QJsonObject{{QStringLiteral("content"), QString::fromUtf8(answer)}}},
                                    {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}}};
        server.enqueue(
            {200,
             "text/event-stream",
             {"data: " + QJsonDocument(event).toJson(QJsonDocument::Compact) + "\n\n", "data: [DONE]\n\n"}});

        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DOCKET_LLM_API_KEY"), QStringLiteral("sk-cli-test"));
        process.setProcessEnvironment(environment);
        QSignalSpy done(&process, &QProcess::finished);
        process.start(QStringLiteral(DOCKET_BINARY),
                      {QStringLiteral("generate"), kSampleSpec, QStringLiteral("--generator"),
                       QStringLiteral("openai"), QStringLiteral("--base-url"), server.url().toString(),
                       QStringLiteral("--model"), QStringLiteral("local-model"), QStringLiteral("--json")});
        QVERIFY(done.wait(30000)); // the event loop keeps the fake server answering meanwhile
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject result = parse(process.readAllStandardOutput());
        QCOMPARE(result.value(QStringLiteral("tickets"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("title"))
                     .toString(),
                 QStringLiteral("Export invoices as CSV"));
        QCOMPARE(
            result.value(QStringLiteral("generation")).toObject().value(QStringLiteral("model")).toString(),
            QStringLiteral("local-model"));
        QVERIFY(!server.requests().isEmpty());
        QCOMPARE(server.requests().first().headers.value("authorization"), QByteArray("Bearer sk-cli-test"));
    }

    void unreachableModelServerIsAUserError()
    {
        const Run run = runDocket({QStringLiteral("generate"), kSampleSpec, QStringLiteral("--generator"),
                                   QStringLiteral("ollama"), QStringLiteral("--base-url"),
                                   QStringLiteral("http://127.0.0.1:9")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("model server"), run.err.constData());
    }

    void draftsExportAndImportRoundTrip()
    {
        const QString source = m_dir.filePath(QStringLiteral("source.docket"));
        QCOMPARE(runDocket({QStringLiteral("generate"), kSampleSpec, QStringLiteral("--workspace"), source})
                     .exitCode,
                 0);
        const Run exported = runDocket(
            {QStringLiteral("drafts"), QStringLiteral("export"), QStringLiteral("--workspace"), source});
        QCOMPARE(exported.exitCode, 0);
        const QJsonObject result = parse(exported.out);
        QCOMPARE(result.value(QStringLiteral("schema_version")).toString(),
                 QStringLiteral("tickets.result.v1"));
        const QJsonArray tickets = result.value(QStringLiteral("tickets")).toArray();
        QVERIFY(tickets.size() >= 10);
        QCOMPARE(result.value(QStringLiteral("risks")).toArray().size(), 2);
        // Parents point inside the result, by SPEC number.
        QCOMPARE(tickets.at(1).toObject().value(QStringLiteral("parent_external_id")).toString(),
                 QStringLiteral("SPEC-1"));

        // Into another workspace holding the same spec: every draft comes back as a ticket.
        const QString target = m_dir.filePath(QStringLiteral("target.docket"));
        QCOMPARE(runDocket({QStringLiteral("import"), kSampleSpec, QStringLiteral("--workspace"), target})
                     .exitCode,
                 0);
        const QString file = m_dir.filePath(QStringLiteral("result.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(exported.out);
        out.close();
        const Run imported = runDocket({QStringLiteral("drafts"), QStringLiteral("import"), file,
                                        QStringLiteral("--workspace"), target, QStringLiteral("--json")});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(parse(imported.out).value(QStringLiteral("added")).toArray().size(), tickets.size());
        const Run again = runDocket(
            {QStringLiteral("drafts"), QStringLiteral("export"), QStringLiteral("--workspace"), target});
        QCOMPARE(parse(again.out).value(QStringLiteral("tickets")).toArray().size(), tickets.size());
    }

    void draftsImportRefusesWhatIsNotTicketsResultV1()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("refuse.docket"));
        QCOMPARE(runDocket({QStringLiteral("import"), kSampleSpec, QStringLiteral("--workspace"), workspace})
                     .exitCode,
                 0);
        const QString file = m_dir.filePath(QStringLiteral("other.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"schema_version\": \"tickets.job.v1\"}");
        out.close();
        const Run run = runDocket({QStringLiteral("drafts"), QStringLiteral("import"), file,
                                   QStringLiteral("--workspace"), workspace});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("tickets.job.v1"));
    }

    void ticketsListShowEditAndReviewWithTheActivityLog()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("tickets.docket"));
        QCOMPARE(
            runDocket({QStringLiteral("generate"), kSampleSpec, QStringLiteral("--workspace"), workspace})
                .exitCode,
            0);
        const Run listed = runDocket({QStringLiteral("tickets"), QStringLiteral("list"),
                                      QStringLiteral("--workspace"), workspace, QStringLiteral("--status"),
                                      QStringLiteral("generated"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray tickets = parse(listed.out).value(QStringLiteral("tickets")).toArray();
        QVERIFY(tickets.size() >= 10);

        // A story with criteria, and one without (the sample's "Track progress").
        QString withCriteria;
        QString withoutCriteria;
        for (const QJsonValue &value : tickets) {
            const QJsonObject ticket = value.toObject();
            if (ticket.value(QStringLiteral("ticket_type")).toString() != QLatin1String("story"))
                continue;
            const bool has = !ticket.value(QStringLiteral("acceptance_criteria")).toArray().isEmpty();
            (has ? withCriteria : withoutCriteria) = ticket.value(QStringLiteral("id")).toString();
        }
        QVERIFY(!withCriteria.isEmpty() && !withoutCriteria.isEmpty());

        const Run edited = runDocket(
            {QStringLiteral("tickets"), QStringLiteral("edit"), withCriteria, QStringLiteral("--workspace"),
             workspace, QStringLiteral("--title"), QStringLiteral("Show a first-steps checklist"),
             QStringLiteral("--priority"), QStringLiteral("P0"), QStringLiteral("--add-label"),
             QStringLiteral("ux"), QStringLiteral("--points"), QStringLiteral("3")});
        QCOMPARE(edited.exitCode, 0);
        const QJsonObject after = parse(edited.out);
        QCOMPARE(after.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Show a first-steps checklist"));
        QCOMPARE(after.value(QStringLiteral("priority")).toString(), QStringLiteral("P0"));
        QVERIFY(after.value(QStringLiteral("labels")).toArray().contains(QStringLiteral("ux")));
        QCOMPARE(after.value(QStringLiteral("story_points")).toInt(), 3);

        // A bad edit is refused whole.
        const Run bad =
            runDocket({QStringLiteral("tickets"), QStringLiteral("edit"), withCriteria,
                       QStringLiteral("--workspace"), workspace, QStringLiteral("--title"),
                       QStringLiteral("Renamed"), QStringLiteral("--points"), QStringLiteral("500")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("story_points"));
        const Run shown = runDocket({QStringLiteral("tickets"), QStringLiteral("show"), withCriteria,
                                     QStringLiteral("--workspace"), workspace, QStringLiteral("--json")});
        QCOMPARE(parse(shown.out).value(QStringLiteral("title")).toString(),
                 QStringLiteral("Show a first-steps checklist"));

        // Review: the story without criteria is refused with its reason; the other one passes.
        const Run review =
            runDocket({QStringLiteral("tickets"), QStringLiteral("review"), QStringLiteral("--workspace"),
                       workspace, withCriteria, withoutCriteria});
        QCOMPARE(review.exitCode, 1);
        QVERIFY(review.out.contains("1 ticket reviewed") || review.out.contains("Marked 1"));
        QVERIFY(review.err.contains("acceptance_criteria"));
        const Run reviewed = runDocket({QStringLiteral("tickets"), QStringLiteral("list"),
                                        QStringLiteral("--workspace"), workspace, QStringLiteral("--status"),
                                        QStringLiteral("reviewed"), QStringLiteral("--json")});
        QCOMPARE(parse(reviewed.out).value(QStringLiteral("total")).toInt(), 1);

        // Once the PM adds a criterion, it can be reviewed.
        QCOMPARE(runDocket({QStringLiteral("tickets"), QStringLiteral("edit"), withoutCriteria,
                            QStringLiteral("--workspace"), workspace, QStringLiteral("--add-criterion"),
                            QStringLiteral("Admins see each member's progress")})
                     .exitCode,
                 0);
        QCOMPARE(runDocket({QStringLiteral("tickets"), QStringLiteral("review"),
                            QStringLiteral("--workspace"), workspace, withoutCriteria})
                     .exitCode,
                 0);
    }

    void ticketEditsLandInTheActivityLogLikeGuiEdits()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("activity.docket"));
        QCOMPARE(
            runDocket({QStringLiteral("generate"), kSampleSpec, QStringLiteral("--workspace"), workspace})
                .exitCode,
            0);
        const Run listed = runDocket({QStringLiteral("tickets"), QStringLiteral("list"),
                                      QStringLiteral("--workspace"), workspace, QStringLiteral("--json")});
        const QString id = parse(listed.out)
                               .value(QStringLiteral("tickets"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
        QCOMPARE(runDocket({QStringLiteral("tickets"), QStringLiteral("edit"), id,
                            QStringLiteral("--workspace"), workspace, QStringLiteral("--remove-label"),
                            QStringLiteral("team-onboarding-checklist")})
                     .exitCode,
                 0);
        QSqlDatabase database =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("activity"));
        database.setDatabaseName(workspace);
        QVERIFY(database.open());
        {
            QSqlQuery query(database);
            QVERIFY(
                query.exec(QStringLiteral("SELECT actor, action, before_json, after_json FROM activity WHERE "
                                          "entity_id = '%1' ORDER BY id")
                               .arg(id)));
            QVERIFY(query.next());
            QCOMPARE(query.value(1).toString(), QStringLiteral("created"));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("cli"));
            QCOMPARE(query.value(1).toString(), QStringLiteral("updated"));
            QVERIFY(query.value(2).toString().contains(QStringLiteral("team-onboarding-checklist")));
            QVERIFY(!query.value(3).toString().contains(QStringLiteral("team-onboarding-checklist")));
        }
        database.close();
        database = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("activity"));
    }

    void cliEditOfAPushedTicketMarksItChangedLocally()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("pushed.docket"));
        QCOMPARE(
            runDocket({QStringLiteral("generate"), kSampleSpec, QStringLiteral("--workspace"), workspace})
                .exitCode,
            0);
        const QString id =
            parse(runDocket({QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--workspace"),
                             workspace, QStringLiteral("--json")})
                      .out)
                .value(QStringLiteral("tickets"))
                .toArray()
                .at(1)
                .toObject()
                .value(QStringLiteral("id"))
                .toString();
        {
            auto opened = docket::Workspace::open(workspace, docket::Workspace::OpenMode::MustExist);
            QVERIFY(opened);
            docket::Ticket pushed = opened.value()->ticket(id).value();
            pushed.status = docket::TicketStatus::Pushed;
            pushed.platform = docket::Platform::GitHub;
            pushed.externalId = QStringLiteral("17");
            QVERIFY(opened.value()->saveTicket(pushed, QStringLiteral("push")));
        }
        const Run edited =
            runDocket({QStringLiteral("tickets"), QStringLiteral("edit"), id, QStringLiteral("--workspace"),
                       workspace, QStringLiteral("--priority"), QStringLiteral("P0")});
        QCOMPARE(edited.exitCode, 0);
        const QJsonObject ticket = parse(edited.out);
        QCOMPARE(ticket.value(QStringLiteral("status")).toString(), QStringLiteral("pushed"));
        QCOMPARE(ticket.value(QStringLiteral("changed_locally")).toBool(), true);
        QCOMPARE(ticket.value(QStringLiteral("priority")).toString(), QStringLiteral("P0"));
    }

    void pushDryRunPrintsThePlanAndHoldsBackWhatIsNotReady()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("push-plan.docket"));
        QCOMPARE(
            runDocket({QStringLiteral("generate"), kSampleSpec, QStringLiteral("--workspace"), workspace})
                .exitCode,
            0);
        QCOMPARE(runDocket({QStringLiteral("tickets"), QStringLiteral("review"), QStringLiteral("--all"),
                            QStringLiteral("--workspace"), workspace})
                     .exitCode,
                 1); // some have no criteria yet, and say so
        const Run plan =
            runDocket({QStringLiteral("push"), QStringLiteral("github"), QStringLiteral("--workspace"),
                       workspace, QStringLiteral("--repo"), QStringLiteral("acme/app"),
                       QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(plan.exitCode, 0);
        const QJsonObject json = parse(plan.out);
        const int reviewed =
            int(runDocket({QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--workspace"),
                           workspace, QStringLiteral("--status"), QStringLiteral("reviewed"),
                           QStringLiteral("--json")})
                    .out.count("\"id\""));
        QVERIFY(reviewed > 0);
        QCOMPARE(json.value(QStringLiteral("creates")).toInt(), reviewed);
        const QJsonArray held = json.value(QStringLiteral("held_back")).toArray();
        QVERIFY(!held.isEmpty());
        for (const QJsonValue &row : held)
            QCOMPARE(row.toObject().value(QStringLiteral("reason")).toString(),
                     QStringLiteral("Not reviewed yet."));
        // Without an account nothing is sent, and the message says how to connect one.
        const Run push =
            runDocket({QStringLiteral("push"), QStringLiteral("github"), QStringLiteral("--workspace"),
                       workspace, QStringLiteral("--repo"), QStringLiteral("acme/app")});
        QCOMPARE(push.exitCode, 1);
        QVERIFY(push.err.contains("docket auth login github"));
    }

    void ticketsUsageErrors()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("usage.docket"));
        QCOMPARE(runDocket({QStringLiteral("import"), kSampleSpec, QStringLiteral("--workspace"), workspace})
                     .exitCode,
                 0);
        QCOMPARE(runDocket({QStringLiteral("tickets"), QStringLiteral("frobnicate"),
                            QStringLiteral("--workspace"), workspace})
                     .exitCode,
                 1);
        QCOMPARE(runDocket({QStringLiteral("tickets"), QStringLiteral("show"), QStringLiteral("nope"),
                            QStringLiteral("--workspace"), workspace})
                     .exitCode,
                 1);
        QCOMPARE(runDocket({QStringLiteral("tickets"), QStringLiteral("review"),
                            QStringLiteral("--workspace"), workspace})
                     .exitCode,
                 1);
        const Run status =
            runDocket({QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--workspace"),
                       workspace, QStringLiteral("--status"), QStringLiteral("done")});
        QCOMPARE(status.exitCode, 1);
        QVERIFY(status.err.contains("done"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
