#include "fake_llm_server.h"
#include "generators/llm/llm_output.h"
#include "generators/llm/ollama_generator.h"
#include "generators/llm/openai_generator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace docket;

namespace {

const QString kSecret = QStringLiteral("sk-test-secret-4242");

QJsonObject ticket(int number, const QString &type, const QString &blockId,
                   const QJsonArray &dependencies = {})
{
    return {{QStringLiteral("external_id"), QStringLiteral("SPEC-%1").arg(number)},
            {QStringLiteral("ticket_type"), type},
            {QStringLiteral("title"), QStringLiteral("Ticket %1").arg(number)},
            {QStringLiteral("acceptance_criteria"), QJsonArray{QStringLiteral("Criterion %1").arg(number)}},
            {QStringLiteral("priority"), QStringLiteral("high")},
            {QStringLiteral("dependencies"), dependencies},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("block_id"), blockId}}}};
}

// A model's answer: count tickets, the first a story, the others tasks depending on SPEC-1.
QString drafts(int count, const QString &blockId = QStringLiteral("block-2"))
{
    QJsonArray tickets;
    for (int i = 1; i <= count; ++i)
        tickets.append(ticket(i, i == 1 ? QStringLiteral("story") : QStringLiteral("task"), blockId,
                              i > 1 ? QJsonArray{QStringLiteral("SPEC-1")} : QJsonArray()));
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("tickets"), tickets},
                                  {QStringLiteral("risks"), QJsonArray{QStringLiteral("Vendors may lag")}}})
            .toJson(QJsonDocument::Compact));
}

Block block(const QString &id, BlockType type, const QString &text, int headingLevel = 0)
{
    Block block;
    block.id = id;
    block.type = type;
    block.text = text;
    block.headingLevel = headingLevel;
    return block;
}

GenerationRequest smallRequest()
{
    GenerationRequest request;
    request.document.id = QStringLiteral("doc-1");
    request.document.title = QStringLiteral("Exports");
    request.blocks = {block(QStringLiteral("block-1"), BlockType::Heading, QStringLiteral("Exports"), 1),
                      block(QStringLiteral("block-2"), BlockType::Requirement,
                            QStringLiteral("FR-1: The system must export invoices as CSV."))};
    return request;
}

GeneratorSettings settingsFor(const FakeLlmServer &server, const QString &path = {})
{
    GeneratorSettings settings;
    settings.baseUrl = QUrl(server.url().toString() + path);
    settings.model = QStringLiteral("qwen3:1.7b");
    settings.apiKey = kSecret;
    settings.timeoutSeconds = 1;
    return settings;
}

struct Outcome {
    std::optional<DraftSet> drafts;
    QString error;
    QList<QList<QVariant>> progress;
    int failedSignals = 0;
    int finishedSignals = 0;
};

Outcome run(TicketGenerator &generator, const GenerationRequest &request)
{
    QSignalSpy finished(&generator, &TicketGenerator::finished);
    QSignalSpy failed(&generator, &TicketGenerator::failed);
    QSignalSpy progress(&generator, &TicketGenerator::progressChanged);
    generator.start(request);
    const bool settled = QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 10000);
    QTest::qWait(50); // a second, wrong signal would arrive now
    Outcome outcome;
    if (!settled)
        outcome.error = QStringLiteral("the generator neither finished nor failed within 10 s");
    outcome.progress = progress;
    outcome.finishedSignals = int(finished.size());
    outcome.failedSignals = int(failed.size());
    if (!finished.isEmpty())
        outcome.drafts = finished.first().first().value<DraftSet>();
    if (!failed.isEmpty())
        outcome.error = failed.first().first().toString();
    return outcome;
}

QStringList ids(const DraftSet &set)
{
    QStringList ids;
    for (const Draft &draft : set.tickets)
        ids.append(draft.externalId);
    return ids;
}

} // namespace

class TestLlmGenerators : public QObject {
    Q_OBJECT
private slots:
    void ollamaStreamsDraftsWithThinkingAndFencesRemoved()
    {
        FakeLlmServer server;
        server.enqueue(QStringLiteral("<think>The user wants tickets.</think>\n```json\n") + drafts(2) +
                       QStringLiteral("\n```"));
        QNetworkAccessManager network;
        OllamaGenerator generator(&network, settingsFor(server));
        const Outcome outcome = run(generator, smallRequest());
        QVERIFY2(outcome.drafts, qPrintable(outcome.error));
        QCOMPARE(outcome.finishedSignals, 1);
        QCOMPARE(outcome.failedSignals, 0);
        const DraftSet &set = *outcome.drafts;
        QCOMPARE(ids(set), (QStringList{QStringLiteral("SPEC-1"), QStringLiteral("SPEC-2")}));
        QCOMPARE(set.tickets.at(0).title, QStringLiteral("Ticket 1"));
        QCOMPARE(set.tickets.at(0).ticketType, TicketType::Story);
        QCOMPARE(set.tickets.at(1).ticketType, TicketType::Task);
        QCOMPARE(set.tickets.at(0).acceptanceCriteria, QStringList{QStringLiteral("Criterion 1")});
        QCOMPARE(set.tickets.at(0).blockId, QStringLiteral("block-2"));
        QCOMPARE(set.tickets.at(1).priority, std::optional<Priority>(Priority::P1));
        QCOMPARE(set.tickets.at(1).dependencies, QStringList{QStringLiteral("SPEC-1")});
        QCOMPARE(set.risks.size(), 1);
        QCOMPARE(set.sourceTitle, QStringLiteral("Exports"));
        QCOMPARE(set.generation.generator, QStringLiteral("ollama"));
        QCOMPARE(set.generation.model, QStringLiteral("qwen3:1.7b"));
        QCOMPARE(set.generation.promptTokens, std::optional<int>(120));
        QCOMPARE(set.generation.completionTokens, std::optional<int>(80));
        QCOMPARE(set.generation.finishReason, QStringLiteral("stop"));
        QVERIFY(set.generation.warnings.isEmpty());
        QVERIFY(validateDraftSet(set).isEmpty());

        QCOMPARE(server.requests().size(), 1);
        const FakeHttpServer::Request &request = server.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/api/chat"));
        const QJsonObject body = request.json();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("qwen3:1.7b"));
        QCOMPARE(body.value(QStringLiteral("format")).toString(), QStringLiteral("json"));
        QVERIFY(body.value(QStringLiteral("stream")).toBool());
        const QString system = body.value(QStringLiteral("messages"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("content"))
                                   .toString();
        for (const char *rule : {"SPEC-<n>", "epic, story, task, bug, spike", "1 to 8", "1 to 100 or null",
                                 "low, medium, high, critical or null", "block_id"})
            QVERIFY2(system.contains(QLatin1String(rule)), rule);
        QVERIFY(server.userPrompt(0).contains(
            QStringLiteral("[requirement block-2] FR-1: The system must export invoices as CSV.")));
        QVERIFY(server.userPrompt(0).contains(QStringLiteral("[heading block-1] Exports")));
    }

    void openAiCompatibleEndpointWithKeyAndUsage()
    {
        FakeLlmServer server;
        server.enqueue(drafts(3));
        QNetworkAccessManager network;
        OpenAiCompatibleGenerator generator(&network, settingsFor(server, QStringLiteral("/v1")));
        const Outcome outcome = run(generator, smallRequest());
        QVERIFY2(outcome.drafts, qPrintable(outcome.error));
        QCOMPARE(outcome.drafts->tickets.size(), 3);
        QCOMPARE(outcome.drafts->generation.generator, QStringLiteral("openai"));
        QCOMPARE(outcome.drafts->generation.promptTokens, std::optional<int>(120));
        QCOMPARE(outcome.drafts->generation.completionTokens, std::optional<int>(80));
        QCOMPARE(outcome.drafts->generation.finishReason, QStringLiteral("stop"));
        QVERIFY(outcome.drafts->generation.durationMs >= 0);
        const FakeHttpServer::Request &request = server.requests().first();
        QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer ") + kSecret.toUtf8());
        const QJsonObject body = request.json();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("qwen3:1.7b"));
        QVERIFY(body.value(QStringLiteral("stream")).toBool());
        QCOMPARE(
            body.value(QStringLiteral("response_format")).toObject().value(QStringLiteral("type")).toString(),
            QStringLiteral("json_object"));
    }

    void baseUrlWithOrWithoutVersion_data()
    {
        QTest::addColumn<QString>("basePath");
        QTest::newRow("bare") << QString();
        QTest::newRow("slash") << QStringLiteral("/");
        QTest::newRow("v1") << QStringLiteral("/v1");
        QTest::newRow("v1 slash") << QStringLiteral("/v1/");
    }

    void baseUrlWithOrWithoutVersion()
    {
        QFETCH(QString, basePath);
        FakeLlmServer server;
        server.enqueue(drafts(1));
        QNetworkAccessManager network;
        OpenAiCompatibleGenerator generator(&network, settingsFor(server, basePath));
        const Outcome outcome = run(generator, smallRequest());
        QVERIFY2(outcome.drafts, qPrintable(outcome.error));
        QCOMPARE(server.requests().first().path, QByteArray("/v1/chat/completions"));
    }

    void jsonSchemaWhenConfigured()
    {
        FakeLlmServer server;
        server.enqueue(drafts(1));
        server.enqueue(drafts(1));
        QNetworkAccessManager network;
        OpenAiCompatibleGenerator openAi(&network, settingsFor(server));
        openAi.setOutputFormat(ChatGenerator::OutputFormat::JsonSchema);
        QVERIFY(run(openAi, smallRequest()).drafts);
        const QJsonObject format =
            server.requests().at(0).json().value(QStringLiteral("response_format")).toObject();
        QCOMPARE(format.value(QStringLiteral("type")).toString(), QStringLiteral("json_schema"));
        const QJsonObject schema =
            format.value(QStringLiteral("json_schema")).toObject().value(QStringLiteral("schema")).toObject();
        const QJsonObject items = schema.value(QStringLiteral("properties"))
                                      .toObject()
                                      .value(QStringLiteral("tickets"))
                                      .toObject()
                                      .value(QStringLiteral("items"))
                                      .toObject();
        QCOMPARE(items.value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("ticket_type"))
                     .toObject()
                     .value(QStringLiteral("enum"))
                     .toArray()
                     .size(),
                 5);

        OllamaGenerator ollama(&network, settingsFor(server));
        ollama.setOutputFormat(ChatGenerator::OutputFormat::JsonSchema);
        QVERIFY(run(ollama, smallRequest()).drafts);
        const QJsonValue ollamaFormat = server.requests().at(1).json().value(QStringLiteral("format"));
        QVERIFY(ollamaFormat.isObject());
        QVERIFY(ollamaFormat.toObject()
                    .value(QStringLiteral("properties"))
                    .toObject()
                    .contains(QStringLiteral("tickets")));
    }

    void aRefusedOutputFormatIsAskedOneStepDown()
    {
        FakeLlmServer server;
        server.enqueue(FakeLlmServer::httpError(
            400, "{\"error\":{\"message\":\"response_format json_schema is not supported by this model\"}}"));
        server.enqueue(FakeLlmServer::httpError(
            400, "{\"error\":{\"message\":\"Unrecognized request argument: response_format\"}}"));
        server.enqueue(drafts(1));
        QNetworkAccessManager network;
        OpenAiCompatibleGenerator generator(&network, settingsFor(server));
        generator.setOutputFormat(ChatGenerator::OutputFormat::JsonSchema);
        const Outcome outcome = run(generator, smallRequest());
        QVERIFY2(outcome.drafts, qPrintable(outcome.error));
        QCOMPARE(server.requests().size(), 3);
        auto formatType = [&](int index) {
            return server.requests()
                .at(index)
                .json()
                .value(QStringLiteral("response_format"))
                .toObject()
                .value(QStringLiteral("type"))
                .toString();
        };
        QCOMPARE(formatType(0), QStringLiteral("json_schema"));
        QCOMPARE(formatType(1), QStringLiteral("json_object"));
        QVERIFY(!server.requests().at(2).json().contains(QStringLiteral("response_format")));
    }

    void otherBadRequestsAreNotRetried()
    {
        FakeLlmServer server;
        server.enqueue(FakeLlmServer::httpError(400, "{\"error\":{\"message\":\"messages: too long\"}}"));
        QNetworkAccessManager network;
        OpenAiCompatibleGenerator generator(&network, settingsFor(server));
        const Outcome outcome = run(generator, smallRequest());
        QVERIFY(!outcome.drafts);
        QVERIFY2(outcome.error.contains(QStringLiteral("400")), qPrintable(outcome.error));
        QVERIFY(outcome.error.contains(QStringLiteral("messages: too long")));
        QCOMPARE(server.requests().size(), 1);
    }

    void aServerThatDoesNotStreamIsReadWhole()
    {
        FakeLlmServer server;
        FakeLlmServer::Answer whole;
        whole.content = drafts(2);
        whole.ignoreStream = true;
        server.enqueue(whole);
        server.enqueue(whole);
        QNetworkAccessManager network;
        OpenAiCompatibleGenerator openAi(&network, settingsFor(server));
        const Outcome viaOpenAi = run(openAi, smallRequest());
        QVERIFY2(viaOpenAi.drafts, qPrintable(viaOpenAi.error));
        QCOMPARE(viaOpenAi.drafts->tickets.size(), 2);
        QCOMPARE(viaOpenAi.drafts->generation.completionTokens, std::optional<int>(80));
        OllamaGenerator ollama(&network, settingsFor(server));
        const Outcome viaOllama = run(ollama, smallRequest());
        QVERIFY2(viaOllama.drafts, qPrintable(viaOllama.error));
        QCOMPARE(viaOllama.drafts->tickets.size(), 2);
    }

    void unusableAnswersFailClearly_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid") << QStringLiteral("{\"tickets\": [oops]}")
                                 << QStringLiteral("not valid JSON");
        QTest::newRow("unfinished") << QStringLiteral("{\"tickets\": [{\"title\": \"Half")
                                    << QStringLiteral("cut off");
        QTest::newRow("prose") << QStringLiteral("I could not find any requirements.")
                               << QStringLiteral("did not answer with a JSON object");
        QTest::newRow("no tickets") << QStringLiteral("{\"items\": []}")
                                    << QStringLiteral("no \"tickets\" list");
        QTest::newRow("only thinking") << QStringLiteral("<think>Let me see {\"tickets\": []}")
                                       << QStringLiteral("did not answer with a JSON object");
    }

    void unusableAnswersFailClearly()
    {
        QFETCH(QString, content);
        QFETCH(QString, expected);
        FakeLlmServer server;
        server.enqueue(content);
        QNetworkAccessManager network;
        OllamaGenerator generator(&network, settingsFor(server));
        const Outcome outcome = run(generator, smallRequest());
        QVERIFY(!outcome.drafts);
        QCOMPARE(outcome.failedSignals, 1);
        QVERIFY2(outcome.error.contains(expected), qPrintable(outcome.error));
        QVERIFY(outcome.error.contains(QStringLiteral("part 1 of 1")));
    }

    void aCutOffSingleBlockFailsClearly()
    {
        FakeLlmServer server;
        FakeLlmServer::Answer cut;
        cut.content = drafts(2).left(40);
        cut.finishReason = QStringLiteral("length");
        server.enqueue(cut);
        QNetworkAccessManager network;
        OpenAiCompatibleGenerator generator(&network, settingsFor(server));
        const Outcome outcome = run(generator, smallRequest());
        QVERIFY(!outcome.drafts);
        QVERIFY2(outcome.error.contains(QStringLiteral("cut off at its length limit")),
                 qPrintable(outcome.error));
        QCOMPARE(server.requests().size(), 1);
    }

    void aCutOffPartIsSentAgainInHalves()
    {
        GenerationRequest request = smallRequest();
        request.blocks = {block(QStringLiteral("h"), BlockType::Heading, QStringLiteral("Billing"), 2)};
        for (int i = 1; i <= 4; ++i)
            request.blocks.append(block(QStringLiteral("r%1").arg(i), BlockType::Requirement,
                                        QStringLiteral("Requirement %1").arg(i)));
        FakeLlmServer server;
        FakeLlmServer::Answer cut;
        cut.content = drafts(4, QStringLiteral("r1")).left(200);
        cut.finishReason = QStringLiteral("length");
        server.enqueue(cut);
        server.enqueue(drafts(2, QStringLiteral("r1")));
        server.enqueue(drafts(2, QStringLiteral("r3")));
        QNetworkAccessManager network;
        OllamaGenerator generator(&network, settingsFor(server));
        const Outcome outcome = run(generator, request);
        QVERIFY2(outcome.drafts, qPrintable(outcome.error));
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(ids(*outcome.drafts), (QStringList{QStringLiteral("SPEC-1"), QStringLiteral("SPEC-2"),
                                                    QStringLiteral("SPEC-3"), QStringLiteral("SPEC-4")}));
        QCOMPARE(outcome.drafts->tickets.at(3).dependencies, QStringList{QStringLiteral("SPEC-3")});
        QCOMPARE(outcome.drafts->tickets.at(3).blockId, QStringLiteral("r3"));
        QVERIFY(outcome.drafts->generation.warnings.join(QLatin1Char(' '))
                    .contains(QStringLiteral("two halves")));
        // Each half carries its own blocks, the second under the heading it belongs to.
        QVERIFY(server.userPrompt(1).contains(QStringLiteral("r2")));
        QVERIFY(!server.userPrompt(1).contains(QStringLiteral("r3")));
        QVERIFY(server.userPrompt(2).contains(QStringLiteral("[heading h] Billing")));
        QVERIFY(server.userPrompt(2).contains(QStringLiteral("r4")));
        QVERIFY(!server.userPrompt(2).contains(QStringLiteral("r2")));
    }

    void serverErrorShowsStatusAndTheServersWordsButNoKey()
    {
        FakeLlmServer server;
        server.enqueue(FakeLlmServer::httpError(500, "{\"error\":{\"message\":\"model overloaded\"}}"));
        QNetworkAccessManager network;
        OpenAiCompatibleGenerator generator(&network, settingsFor(server));
        const Outcome outcome = run(generator, smallRequest());
        QVERIFY(!outcome.drafts);
        QVERIFY2(outcome.error.contains(QStringLiteral("HTTP 500")), qPrintable(outcome.error));
        QVERIFY(outcome.error.contains(QStringLiteral("model overloaded")));
        QVERIFY(!outcome.error.contains(kSecret));

        server.enqueue(FakeLlmServer::httpError(404, "{\"error\":\"model 'qwen3:1.7b' not found\"}"));
        OllamaGenerator ollama(&network, settingsFor(server));
        const Outcome missing = run(ollama, smallRequest());
        QVERIFY2(missing.error.contains(QStringLiteral("HTTP 404")), qPrintable(missing.error));
        QVERIFY(missing.error.contains(QStringLiteral("model 'qwen3:1.7b' not found")));

        server.enqueue(FakeLlmServer::httpError(502, "<html>Bad gateway</html>"));
        OllamaGenerator proxied(&network, settingsFor(server));
        QVERIFY(run(proxied, smallRequest()).error.contains(QStringLiteral("HTTP 502")));
    }

    void slowStreamCompletesWithProgress()
    {
        FakeLlmServer server;
        FakeLlmServer::Answer slow;
        slow.content = drafts(2);
        slow.pieces = 6;
        slow.delayMs = 100;
        server.enqueue(slow);
        QNetworkAccessManager network;
        OllamaGenerator generator(&network, settingsFor(server)); // idle timeout 1 s, stream takes ~0.8 s
        const Outcome outcome = run(generator, smallRequest());
        QVERIFY2(outcome.drafts, qPrintable(outcome.error));
        QCOMPARE(outcome.drafts->tickets.size(), 2);
        QVERIFY(outcome.progress.size() >= 6);
        int last = -1;
        bool bytesShown = false;
        for (const QList<QVariant> &signal : outcome.progress) {
            QVERIFY(signal.at(0).toInt() >= last);
            last = signal.at(0).toInt();
            bytesShown = bytesShown || signal.at(1).toString().contains(QStringLiteral("received"));
        }
        QCOMPARE(last, 100);
        QVERIFY(bytesShown);
    }

    void stalledStreamHitsTheIdleTimeout()
    {
        FakeLlmServer server;
        FakeLlmServer::Answer stall;
        stall.content = drafts(2);
        stall.stall = true;
        server.enqueue(stall);
        QNetworkAccessManager network;
        OllamaGenerator generator(&network, settingsFor(server));
        QElapsedTimer clock;
        clock.start();
        const Outcome outcome = run(generator, smallRequest());
        QVERIFY(!outcome.drafts);
        QVERIFY2(outcome.error.contains(QStringLiteral("sent nothing for 1 second")),
                 qPrintable(outcome.error));
        QVERIFY(clock.elapsed() >= 900);
        QVERIFY(clock.elapsed() < 5000);
    }

    void droppedConnectionFails()
    {
        FakeLlmServer server;
        FakeLlmServer::Answer drop;
        drop.content = drafts(2);
        drop.drop = true;
        server.enqueue(drop);
        QNetworkAccessManager network;
        OllamaGenerator generator(&network, settingsFor(server));
        const Outcome outcome = run(generator, smallRequest());
        QVERIFY(!outcome.drafts);
        QCOMPARE(outcome.failedSignals, 1);
        QVERIFY2(outcome.error.contains(QStringLiteral("connection")), qPrintable(outcome.error));
    }

    void aStreamThatEndsBeforeItsLastLineFails()
    {
        // The connection closes cleanly, but Ollama's closing "done" line never came.
        FakeHttpServer server;
        const QByteArray line = "{\"message\":{\"role\":\"assistant\",\"content\":\"{\\\"tickets\\\": []}\"},"
                                "\"done\":false}\n";
        server.enqueue({200, "application/x-ndjson", {line}});
        QNetworkAccessManager network;
        GeneratorSettings settings;
        settings.baseUrl = server.url();
        settings.timeoutSeconds = 1;
        OllamaGenerator generator(&network, settings);
        const Outcome outcome = run(generator, smallRequest());
        QVERIFY(!outcome.drafts);
        QVERIFY2(outcome.error.contains(QStringLiteral("before its answer for part 1 of 1 was complete")),
                 qPrintable(outcome.error));
    }

    void cancelMidStreamDeliversNothing()
    {
        FakeLlmServer server;
        FakeLlmServer::Answer slow;
        slow.content = drafts(2);
        slow.pieces = 8;
        slow.delayMs = 150;
        server.enqueue(slow);
        QNetworkAccessManager network;
        GeneratorSettings settings = settingsFor(server);
        settings.timeoutSeconds = 5;
        OllamaGenerator generator(&network, settings);
        QSignalSpy finished(&generator, &TicketGenerator::finished);
        QSignalSpy failed(&generator, &TicketGenerator::failed);
        QSignalSpy progress(&generator, &TicketGenerator::progressChanged);
        generator.start(smallRequest());
        QTRY_VERIFY(progress.size() >= 3); // bytes are arriving
        generator.cancel();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("cancelled")));
        generator.cancel(); // a second cancel changes nothing
        QTest::qWait(1500); // longer than the rest of the stream would take
        QCOMPARE(finished.size(), 0);
        QCOMPARE(failed.size(), 1);
    }

    void largeDocumentsGoPartByPartWithUniqueIds()
    {
        GenerationRequest request = smallRequest();
        request.blocks = {block(QStringLiteral("title"), BlockType::Heading, QStringLiteral("Exports"), 1)};
        for (int section = 0; section < 3; ++section) {
            request.blocks.append(block(QStringLiteral("h%1").arg(section), BlockType::Heading,
                                        QStringLiteral("Section %1").arg(section), 2));
            request.blocks.append(block(QStringLiteral("b%1").arg(section), BlockType::Requirement,
                                        QString(900, QLatin1Char('x'))));
        }
        FakeLlmServer server;
        for (int section = 0; section < 3; ++section) {
            // Each part numbers from SPEC-1 and points its second ticket at its first as a parent.
            QJsonArray tickets{ticket(1, QStringLiteral("epic"), QStringLiteral("b%1").arg(section)),
                               ticket(2, QStringLiteral("story"), QStringLiteral("b%1").arg(section),
                                      {QStringLiteral("SPEC-1")})};
            QJsonObject child = tickets.at(1).toObject();
            child.insert(QStringLiteral("parent_external_id"), QStringLiteral("SPEC-1"));
            tickets.replace(1, child);
            server.enqueue(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("tickets"), tickets}})
                                                 .toJson(QJsonDocument::Compact)));
        }
        QNetworkAccessManager network;
        GeneratorSettings settings = settingsFor(server);
        settings.chunkCharacters = 1000;
        OllamaGenerator generator(&network, settings);
        const Outcome outcome = run(generator, request);
        QVERIFY2(outcome.drafts, qPrintable(outcome.error));
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(ids(*outcome.drafts),
                 (QStringList{QStringLiteral("SPEC-1"), QStringLiteral("SPEC-2"), QStringLiteral("SPEC-3"),
                              QStringLiteral("SPEC-4"), QStringLiteral("SPEC-5"), QStringLiteral("SPEC-6")}));
        for (int part = 0; part < 3; ++part) {
            const Draft &child = outcome.drafts->tickets.at(part * 2 + 1);
            const QString parent = QStringLiteral("SPEC-%1").arg(part * 2 + 1);
            QCOMPARE(child.dependencies, QStringList{parent});
            QCOMPARE(child.parentExternalId, parent);
            QCOMPARE(child.blockId, QStringLiteral("b%1").arg(part));
        }
        QVERIFY(validateDraftSet(*outcome.drafts).isEmpty());
        QCOMPARE(outcome.drafts->generation.promptTokens, std::optional<int>(360));
        QCOMPARE(outcome.drafts->generation.completionTokens, std::optional<int>(240));
        for (int part = 0; part < 3; ++part) {
            const QString user = server.userPrompt(part);
            QVERIFY(user.contains(QStringLiteral("Section %1").arg(part)));
            QVERIFY(!user.contains(QStringLiteral("Section %1").arg((part + 1) % 3)));
            QVERIFY(user.contains(QStringLiteral("part %1 of 3").arg(part + 1)));
        }
    }

    void onlyTheChosenBlockTypesAreSentWithTheirHeadings()
    {
        GenerationRequest request = smallRequest();
        request.blocks = {
            block(QStringLiteral("h"), BlockType::Heading, QStringLiteral("Checkout"), 2),
            block(QStringLiteral("s"), BlockType::UserStory,
                  QStringLiteral("As a buyer I want to pay by card.")),
            block(QStringLiteral("p"), BlockType::Paragraph, QStringLiteral("Background about payments.")),
        };
        request.includeBlockTypes = {BlockType::UserStory};
        FakeLlmServer server;
        server.enqueue(drafts(1, QStringLiteral("s")));
        QNetworkAccessManager network;
        OllamaGenerator generator(&network, settingsFor(server));
        const Outcome outcome = run(generator, request);
        QVERIFY2(outcome.drafts, qPrintable(outcome.error));
        const QString user = server.userPrompt(0);
        QVERIFY(user.contains(QStringLiteral("[heading h] Checkout")));
        QVERIFY(user.contains(QStringLiteral("[user_story s] As a buyer I want to pay by card.")));
        QVERIFY(!user.contains(QStringLiteral("Background about payments")));
        QVERIFY(user.contains(QStringLiteral("Only create tickets from blocks of these types: user_story.")));

        request.includeBlockTypes = {BlockType::Risk};
        OllamaGenerator nothing(&network, settingsFor(server));
        const Outcome none = run(nothing, request);
        QVERIFY2(none.error.contains(QStringLiteral("no blocks of the chosen types")),
                 qPrintable(none.error));
        QCOMPARE(server.requests().size(), 1); // nothing was sent for it
    }

    void ticketCountHintAndLimit()
    {
        GenerationRequest request = smallRequest();
        request.ticketCountHint = 3;
        request.maxTicketCount = 2;
        QJsonArray tickets{
            ticket(1, QStringLiteral("story"), QStringLiteral("block-2"), {QStringLiteral("SPEC-3")}),
            ticket(2, QStringLiteral("task"), QStringLiteral("block-2")),
            ticket(3, QStringLiteral("task"), QStringLiteral("block-2"))};
        FakeLlmServer server;
        server.enqueue(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("tickets"), tickets}}).toJson(QJsonDocument::Compact)));
        QNetworkAccessManager network;
        OpenAiCompatibleGenerator generator(&network, settingsFor(server));
        const Outcome outcome = run(generator, request);
        QVERIFY2(outcome.drafts, qPrintable(outcome.error));
        QVERIFY(server.userPrompt(0).contains(QStringLiteral("Aim for about 3 tickets")));
        QVERIFY(server.userPrompt(0).contains(QStringLiteral("at most 2 tickets")));
        QCOMPARE(ids(*outcome.drafts), (QStringList{QStringLiteral("SPEC-1"), QStringLiteral("SPEC-2")}));
        QVERIFY(outcome.drafts->tickets.first().dependencies.isEmpty());
        QVERIFY(outcome.drafts->tickets.first()
                    .problems.join(QLatin1Char(' '))
                    .contains(QStringLiteral("SPEC-3")));
        QVERIFY(
            outcome.drafts->generation.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("first 2")));
        QVERIFY(validateDraftSet(*outcome.drafts).isEmpty());
    }

    void aBlockTheModelWasNotGivenIsNotLinked()
    {
        FakeLlmServer server;
        server.enqueue(drafts(1, QStringLiteral("block-999")));
        QNetworkAccessManager network;
        OllamaGenerator generator(&network, settingsFor(server));
        const Outcome outcome = run(generator, smallRequest());
        QVERIFY2(outcome.drafts, qPrintable(outcome.error));
        const Draft &draft = outcome.drafts->tickets.first();
        QVERIFY(draft.blockId.isEmpty());
        QVERIFY(draft.problems.join(QLatin1Char(' ')).contains(QStringLiteral("block-999")));
        QVERIFY(
            outcome.drafts->generation.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("block-999")));
    }

    void repairsAndRejectionsReachTheCaller()
    {
        const QString answer = QStringLiteral(
            "{\"tickets\": [{\"external_id\": \"SPEC-1\", \"ticket_type\": \"story\", \"title\": \" Pay \", "
            "\"acceptance_criteria\": [\"Card accepted\"], \"story_points\": 400},"
            "{\"external_id\": \"SPEC-2\", \"ticket_type\": \"chore\", \"title\": \"Tidy up\"}]}");
        FakeLlmServer server;
        server.enqueue(answer);
        QNetworkAccessManager network;
        OllamaGenerator generator(&network, settingsFor(server));
        const Outcome outcome = run(generator, smallRequest());
        QVERIFY2(outcome.drafts, qPrintable(outcome.error));
        QCOMPARE(outcome.drafts->tickets.size(), 1);
        QCOMPARE(outcome.drafts->tickets.first().title, QStringLiteral("Pay"));
        QVERIFY(!outcome.drafts->tickets.first().storyPoints);
        const QString warnings = outcome.drafts->generation.warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("Part 1: ")), qPrintable(warnings));
        QVERIFY(warnings.contains(QStringLiteral("400")));
        QVERIFY(warnings.contains(QStringLiteral("chore")));
    }

    void cleaningModelOutput()
    {
        const QJsonObject a{{QStringLiteral("a"), 1}};
        QCOMPARE(llm::extractJsonObject(
                     QStringLiteral("Sure! Here it is:\n```json\n{\"a\": 1}\n```\nAnything else?"))
                     .value(),
                 a);
        QCOMPARE(llm::extractJsonObject(QStringLiteral("```\n{\"a\": 1}\n```")).value(), a);
        // Braces in the prose after the object, and inside its strings, do not confuse it.
        QCOMPARE(llm::extractJsonObject(QStringLiteral("{\"a\": 1}\nUse {placeholders} as needed.")).value(),
                 a);
        QCOMPARE(llm::extractJsonObject(QStringLiteral("{\"t\": \"a } and \\\" {\"}")).value(),
                 QJsonObject({{QStringLiteral("t"), QStringLiteral("a } and \" {")}}));
        QCOMPARE(llm::extractJsonObject(QStringLiteral("Template: {name}. Answer: {\"a\": 1}")).value(), a);
        QCOMPARE(llm::withoutThinking(QStringLiteral("<think>plan\n{\"x\":1}</think>{\"a\":2}")),
                 QStringLiteral("{\"a\":2}"));
        QCOMPARE(llm::withoutThinking(QStringLiteral("reasoning without an opening tag</think>{\"a\":3}")),
                 QStringLiteral("{\"a\":3}"));
        QCOMPARE(llm::withoutThinking(QStringLiteral("<think>a</think><think>b</think> {}")),
                 QStringLiteral("{}"));
        QVERIFY(!llm::extractJsonObject(QStringLiteral("<think>never closed {\"a\":1}")));
        QVERIFY(!llm::extractJsonObject(QStringLiteral("no json here")));
        // A ticket inside a broken answer is not taken for the answer.
        QVERIFY(!llm::extractJsonObject(QStringLiteral("{\"tickets\": [{\"title\": \"x\"}], oops}")));

        QVERIFY(llm::ticketsAnswer(QJsonObject{{QStringLiteral("tickets"), QJsonArray()}}));
        const auto lone =
            llm::ticketsAnswer(QJsonObject{{QStringLiteral("title"), QStringLiteral("x")},
                                           {QStringLiteral("ticket_type"), QStringLiteral("task")}});
        QVERIFY(lone);
        QCOMPARE(lone.value().value(QStringLiteral("tickets")).toArray().size(), 1);
        QVERIFY(!llm::ticketsAnswer(QJsonObject{{QStringLiteral("tickets"), QStringLiteral("none")}}));
    }
};

QTEST_GUILESS_MAIN(TestLlmGenerators)
#include "tst_llm_generators.moc"
