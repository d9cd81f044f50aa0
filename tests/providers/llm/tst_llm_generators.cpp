#include "fake_http_server.h"
#include "generators/draft_repair.h"
#include "generators/llm/llm_output.h"
#include "generators/llm/ollama_generator.h"
#include "generators/llm/openai_generator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace docket;

namespace {

const QString kSecret = QStringLiteral("sk-test-secret-4242");

QByteArray draftsJson(int count, const QString &firstBlockId = {})
{
    QJsonArray tickets;
    for (int i = 1; i <= count; ++i) {
        QJsonObject ticket{
            {QStringLiteral("external_id"), QStringLiteral("SPEC-%1").arg(i)},
            {QStringLiteral("ticket_type"), i == 1 ? QStringLiteral("story") : QStringLiteral("task")},
            {QStringLiteral("title"), QStringLiteral("Ticket %1").arg(i)},
            {QStringLiteral("acceptance_criteria"), QJsonArray{QStringLiteral("Criterion %1").arg(i)}},
            {QStringLiteral("priority"), QStringLiteral("high")},
            {QStringLiteral("dependencies"), i > 1 ? QJsonArray{QStringLiteral("SPEC-1")} : QJsonArray()},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("block_id"), firstBlockId}}}};
        tickets.append(ticket);
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("tickets"), tickets},
                           {QStringLiteral("risks"), QJsonArray{QStringLiteral("Vendors may lag")}}})
        .toJson(QJsonDocument::Compact);
}

// Ollama streams NDJSON: content in pieces, then a done line with the token counts.
QList<QByteArray> ollamaStream(const QByteArray &content, const QByteArray &doneReason = "stop",
                               int pieces = 3)
{
    QList<QByteArray> chunks;
    const qsizetype size = (content.size() + pieces - 1) / pieces;
    for (qsizetype at = 0; at < content.size(); at += size) {
        const QJsonObject line{
            {QStringLiteral("message"),
             QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                         {QStringLiteral("content"), QString::fromUtf8(content.mid(at, size))}}},
            {QStringLiteral("done"), false}};
        chunks.append(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    }
    chunks.append(QByteArray("{\"done\":true,\"done_reason\":\"") + doneReason +
                  "\",\"prompt_eval_count\":120,\"eval_count\":80}\n");
    return chunks;
}

QList<QByteArray> openAiStream(const QByteArray &content, const QByteArray &finishReason = "stop")
{
    QList<QByteArray> chunks;
    const qsizetype half = content.size() / 2;
    for (const QByteArray &piece : {content.left(half), content.mid(half)}) {
        const QJsonObject event{
            {QStringLiteral("choices"),
             QJsonArray{QJsonObject{{QStringLiteral("delta"),
                                     QJsonObject{{QStringLiteral("content"), QString::fromUtf8(piece)}}},
                                    {QStringLiteral("finish_reason"), QJsonValue()}}}}};
        chunks.append("data: " + QJsonDocument(event).toJson(QJsonDocument::Compact) + "\n\n");
    }
    chunks.append("data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"" + finishReason +
                  "\"}],\"usage\":{\"prompt_tokens\":50,\"completion_tokens\":40}}\n\n");
    chunks.append("data: [DONE]\n\n");
    return chunks;
}

GenerationRequest smallRequest()
{
    GenerationRequest request;
    request.document.id = QStringLiteral("doc-1");
    request.document.title = QStringLiteral("Exports");
    Block heading;
    heading.id = QStringLiteral("block-1");
    heading.type = BlockType::Heading;
    heading.headingLevel = 1;
    heading.text = QStringLiteral("Exports");
    Block requirement;
    requirement.id = QStringLiteral("block-2");
    requirement.type = BlockType::Requirement;
    requirement.ordinal = 1;
    requirement.text = QStringLiteral("FR-1: The system must export invoices as CSV.");
    request.blocks = {heading, requirement};
    return request;
}

GeneratorSettings settingsFor(const FakeHttpServer &server, const QString &path = {})
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
    int progressSignals = 0;
};

Outcome run(TicketGenerator &generator, const GenerationRequest &request)
{
    QSignalSpy finished(&generator, &TicketGenerator::finished);
    QSignalSpy failed(&generator, &TicketGenerator::failed);
    QSignalSpy progress(&generator, &TicketGenerator::progressChanged);
    generator.start(request);
    const bool settled = QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 10000);
    Outcome outcome;
    if (!settled)
        outcome.error = QStringLiteral("the generator neither finished nor failed within 10 s");
    outcome.progressSignals = int(progress.size());
    if (!finished.isEmpty())
        outcome.drafts = finished.first().first().value<DraftSet>();
    if (!failed.isEmpty())
        outcome.error = failed.first().first().toString();
    return outcome;
}

} // namespace

class TestLlmGenerators : public QObject {
    Q_OBJECT
private slots:
    void ollamaStreamsDraftsWithThinkingAndFencesRemoved()
    {
        FakeHttpServer server;
        server.enqueue({200, "application/x-ndjson",
                        ollamaStream("<think>The user wants tickets.</think>\n```json\n" +
                                     draftsJson(2, QStringLiteral("block-2")) + "\n```")});
        QNetworkAccessManager network;
        OllamaGenerator generator(&network, settingsFor(server));
        const Outcome outcome = run(generator, smallRequest());
        QVERIFY2(outcome.drafts, qPrintable(outcome.error));
        const DraftSet &set = *outcome.drafts;
        QCOMPARE(set.tickets.size(), 2);
        QCOMPARE(set.tickets.at(0).title, QStringLiteral("Ticket 1"));
        QCOMPARE(set.tickets.at(0).ticketType, TicketType::Story);
        QCOMPARE(set.tickets.at(0).blockId, QStringLiteral("block-2"));
        QCOMPARE(set.tickets.at(1).priority, std::optional<Priority>(Priority::P1));
        QCOMPARE(set.tickets.at(1).dependencies, QStringList{QStringLiteral("SPEC-1")});
        QCOMPARE(set.risks.size(), 1);
        QCOMPARE(set.generation.generator, QStringLiteral("ollama"));
        QCOMPARE(set.generation.model, QStringLiteral("qwen3:1.7b"));
        QCOMPARE(set.generation.promptTokens, std::optional<int>(120));
        QCOMPARE(set.generation.completionTokens, std::optional<int>(80));
        QCOMPARE(set.generation.finishReason, QStringLiteral("stop"));

        QCOMPARE(server.requests().size(), 1);
        const FakeHttpServer::Request &request = server.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/api/chat"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("qwen3:1.7b"));
        QCOMPARE(body.value(QStringLiteral("format")).toString(), QStringLiteral("json"));
        QVERIFY(body.value(QStringLiteral("stream")).toBool());
        const QString user = body.value(QStringLiteral("messages"))
                                 .toArray()
                                 .at(1)
                                 .toObject()
                                 .value(QStringLiteral("content"))
                                 .toString();
        QVERIFY(user.contains(
            QStringLiteral("[requirement block-2] FR-1: The system must export invoices as CSV.")));
    }

    void openAiCompatibleEndpointWithKeyAndUsage()
    {
        FakeHttpServer server;
        server.enqueue({200, "text/event-stream", openAiStream(draftsJson(3))});
        QNetworkAccessManager network;
        OpenAiCompatibleGenerator generator(&network, settingsFor(server, QStringLiteral("/v1")));
        const Outcome outcome = run(generator, smallRequest());
        QVERIFY2(outcome.drafts, qPrintable(outcome.error));
        QCOMPARE(outcome.drafts->tickets.size(), 3);
        QCOMPARE(outcome.drafts->generation.promptTokens, std::optional<int>(50));
        QCOMPARE(outcome.drafts->generation.completionTokens, std::optional<int>(40));
        const FakeHttpServer::Request &request = server.requests().first();
        QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer ") + kSecret.toUtf8());
        QCOMPARE(QJsonDocument::fromJson(request.body)
                     .object()
                     .value(QStringLiteral("response_format"))
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("json_object"));
    }

    void serverWithoutJsonModeIsAskedAgainWithoutIt()
    {
        FakeHttpServer server;
        server.enqueue({400,
                        "application/json",
                        {"{\"error\":{\"message\":\"Unrecognized request argument: response_format\"}}"}});
        server.enqueue({200, "text/event-stream", openAiStream(draftsJson(1))});
        QNetworkAccessManager network;
        OpenAiCompatibleGenerator generator(&network, settingsFor(server));
        const Outcome outcome = run(generator, smallRequest());
        QVERIFY2(outcome.drafts, qPrintable(outcome.error));
        QCOMPARE(server.requests().size(), 2);
        QVERIFY(QJsonDocument::fromJson(server.requests().at(0).body)
                    .object()
                    .contains(QStringLiteral("response_format")));
        QVERIFY(!QJsonDocument::fromJson(server.requests().at(1).body)
                     .object()
                     .contains(QStringLiteral("response_format")));
    }

    void baseUrlWithoutVersionGetsOne()
    {
        FakeHttpServer server;
        server.enqueue({200, "text/event-stream", openAiStream(draftsJson(1))});
        QNetworkAccessManager network;
        OpenAiCompatibleGenerator generator(&network, settingsFor(server));
        QVERIFY(run(generator, smallRequest()).drafts);
        QCOMPARE(server.requests().first().path, QByteArray("/v1/chat/completions"));
    }

    void malformedJsonFailsClearly()
    {
        FakeHttpServer server;
        server.enqueue({200, "application/x-ndjson", ollamaStream("{\"tickets\": [{\"title\": \"Half")});
        QNetworkAccessManager network;
        OllamaGenerator generator(&network, settingsFor(server));
        const Outcome outcome = run(generator, smallRequest());
        QVERIFY(!outcome.drafts);
        QVERIFY2(outcome.error.contains(QStringLiteral("JSON")), qPrintable(outcome.error));
    }

    void truncatedAnswerIsReportedNotGuessed()
    {
        FakeHttpServer server;
        server.enqueue({200, "text/event-stream", openAiStream(draftsJson(2).left(40), "length")});
        QNetworkAccessManager network;
        OpenAiCompatibleGenerator generator(&network, settingsFor(server));
        const Outcome outcome = run(generator, smallRequest());
        QVERIFY(!outcome.drafts);
        QVERIFY2(outcome.error.contains(QStringLiteral("cut off")), qPrintable(outcome.error));
    }

    void serverErrorShowsStatusAndTheServersWordsButNoKey()
    {
        FakeHttpServer server;
        server.enqueue({500, "application/json", {"{\"error\":{\"message\":\"model overloaded\"}}"}});
        QNetworkAccessManager network;
        OpenAiCompatibleGenerator generator(&network, settingsFor(server));
        const Outcome outcome = run(generator, smallRequest());
        QVERIFY(!outcome.drafts);
        QVERIFY2(outcome.error.contains(QStringLiteral("500")), qPrintable(outcome.error));
        QVERIFY(outcome.error.contains(QStringLiteral("model overloaded")));
        QVERIFY(!outcome.error.contains(kSecret));

        server.enqueue({404, "application/json", {"{\"error\":\"model 'qwen3:1.7b' not found\"}"}});
        OllamaGenerator ollama(&network, settingsFor(server));
        const Outcome missing = run(ollama, smallRequest());
        QVERIFY(missing.error.contains(QStringLiteral("404")));
        QVERIFY(missing.error.contains(QStringLiteral("not found")));
    }

    void slowStreamCompletesWithProgress()
    {
        FakeHttpServer server;
        FakeHttpServer::Response slow{200, "application/x-ndjson", ollamaStream(draftsJson(2), "stop", 6)};
        slow.delayMs = 120;
        server.enqueue(slow);
        QNetworkAccessManager network;
        OllamaGenerator generator(&network, settingsFor(server));
        const Outcome outcome = run(generator, smallRequest());
        QVERIFY2(outcome.drafts, qPrintable(outcome.error));
        QVERIFY(outcome.progressSignals >= 4);
    }

    void stalledStreamTimesOut()
    {
        FakeHttpServer server;
        FakeHttpServer::Response stall{200, "application/x-ndjson", ollamaStream(draftsJson(2)).mid(0, 1)};
        stall.stallAfterChunks = true;
        server.enqueue(stall);
        QNetworkAccessManager network;
        OllamaGenerator generator(&network, settingsFor(server));
        const Outcome outcome = run(generator, smallRequest());
        QVERIFY(!outcome.drafts);
        QVERIFY2(outcome.error.contains(QStringLiteral("sent nothing")), qPrintable(outcome.error));
    }

    void droppedConnectionFails()
    {
        FakeHttpServer server;
        FakeHttpServer::Response drop{200, "application/x-ndjson", ollamaStream(draftsJson(2))};
        drop.dropAfterFirstChunk = true;
        server.enqueue(drop);
        QNetworkAccessManager network;
        OllamaGenerator generator(&network, settingsFor(server));
        const Outcome outcome = run(generator, smallRequest());
        QVERIFY(!outcome.drafts);
        QVERIFY(!outcome.error.isEmpty());
    }

    void cancelMidStreamDeliversNothing()
    {
        FakeHttpServer server;
        FakeHttpServer::Response slow{200, "application/x-ndjson", ollamaStream(draftsJson(2), "stop", 8)};
        slow.delayMs = 200;
        server.enqueue(slow);
        QNetworkAccessManager network;
        GeneratorSettings settings = settingsFor(server);
        settings.timeoutSeconds = 5;
        OllamaGenerator generator(&network, settings);
        QSignalSpy finished(&generator, &TicketGenerator::finished);
        QSignalSpy failed(&generator, &TicketGenerator::failed);
        QSignalSpy progress(&generator, &TicketGenerator::progressChanged);
        generator.start(smallRequest());
        QTRY_VERIFY(progress.size() >= 2); // bytes are arriving
        generator.cancel();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("cancelled")));
        QTest::qWait(400);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(failed.size(), 1);
    }

    void largeDocumentsGoPartByPartWithUniqueIds()
    {
        FakeHttpServer server;
        for (int i = 0; i < 3; ++i)
            server.enqueue({200, "application/x-ndjson", ollamaStream(draftsJson(2))});
        GenerationRequest request = smallRequest();
        request.blocks.clear();
        for (int section = 0; section < 3; ++section) {
            Block heading;
            heading.id = QStringLiteral("h%1").arg(section);
            heading.type = BlockType::Heading;
            heading.headingLevel = 2;
            heading.text = QStringLiteral("Section %1").arg(section);
            Block body;
            body.id = QStringLiteral("b%1").arg(section);
            body.type = BlockType::Requirement;
            body.text = QString(900, QLatin1Char('x'));
            request.blocks += {heading, body};
        }
        QNetworkAccessManager network;
        GeneratorSettings settings = settingsFor(server);
        settings.chunkCharacters = 1000;
        OllamaGenerator generator(&network, settings);
        const Outcome outcome = run(generator, request);
        QVERIFY2(outcome.drafts, qPrintable(outcome.error));
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(outcome.drafts->tickets.size(), 6);
        QStringList ids;
        for (const Draft &draft : outcome.drafts->tickets)
            ids.append(draft.externalId);
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("SPEC-1"), QStringLiteral("SPEC-2"), QStringLiteral("SPEC-3"),
                              QStringLiteral("SPEC-4"), QStringLiteral("SPEC-5"), QStringLiteral("SPEC-6")}));
        // References inside a part follow the renumbering.
        QCOMPARE(outcome.drafts->tickets.at(3).dependencies, QStringList{QStringLiteral("SPEC-3")});
        QCOMPARE(outcome.drafts->generation.promptTokens, std::optional<int>(360));
        for (int part = 0; part < 3; ++part) {
            const QString user = QJsonDocument::fromJson(server.requests().at(part).body)
                                     .object()
                                     .value(QStringLiteral("messages"))
                                     .toArray()
                                     .at(1)
                                     .toObject()
                                     .value(QStringLiteral("content"))
                                     .toString();
            QVERIFY(user.contains(QStringLiteral("Section %1").arg(part)));
            QVERIFY(user.contains(QStringLiteral("part %1 of 3").arg(part + 1)));
        }
    }

    void repairKeepsWhatIsSafeAndSaysWhatItDropped()
    {
        QJsonArray criteria;
        for (int i = 0; i < 10; ++i)
            criteria.append(QStringLiteral("Criterion %1").arg(i));
        const QJsonObject result{
            {QStringLiteral("tickets"),
             QJsonArray{QJsonObject{{QStringLiteral("external_id"), QStringLiteral("SPEC-1")},
                                    {QStringLiteral("ticket_type"), QStringLiteral("Story")},
                                    {QStringLiteral("title"), QStringLiteral("  Keep me  ")},
                                    {QStringLiteral("acceptance_criteria"), criteria},
                                    {QStringLiteral("story_points"), 500},
                                    {QStringLiteral("priority"), QStringLiteral("P0")},
                                    {QStringLiteral("dependencies"), QJsonArray{QStringLiteral("SPEC-99")}}},
                        QJsonObject{{QStringLiteral("external_id"), QStringLiteral("SPEC-1")},
                                    {QStringLiteral("ticket_type"), QStringLiteral("task")},
                                    {QStringLiteral("title"), QStringLiteral("Duplicate id")},
                                    {QStringLiteral("acceptance_criteria"),
                                     QJsonArray{QStringLiteral(""), QStringLiteral("Real")}}},
                        QJsonObject{{QStringLiteral("external_id"), QStringLiteral("SPEC-3")},
                                    {QStringLiteral("ticket_type"), QStringLiteral("chore")},
                                    {QStringLiteral("title"), QStringLiteral("Unknown type")}},
                        QJsonObject{{QStringLiteral("external_id"), QStringLiteral("SPEC-4")},
                                    {QStringLiteral("ticket_type"), QStringLiteral("task")},
                                    {QStringLiteral("title"), QStringLiteral("   ")}},
                        QJsonValue(QStringLiteral("not an object"))}}};
        const DraftSet set = repairDrafts(result);
        QCOMPARE(set.tickets.size(), 2);
        const Draft &kept = set.tickets.at(0);
        QCOMPARE(kept.title, QStringLiteral("Keep me"));
        QCOMPARE(kept.ticketType, TicketType::Story);
        QCOMPARE(kept.acceptanceCriteria.size(), 8);
        QVERIFY(!kept.storyPoints);
        QCOMPARE(kept.priority, std::optional<Priority>(Priority::P0));
        QVERIFY(kept.dependencies.isEmpty());
        QVERIFY(kept.problems.join(QLatin1Char(' ')).contains(QStringLiteral("SPEC-99")));
        const Draft &renumbered = set.tickets.at(1);
        QCOMPARE(renumbered.externalId, QStringLiteral("SPEC-2"));
        QCOMPARE(renumbered.acceptanceCriteria, QStringList{QStringLiteral("Real")});
        const QString warnings = set.generation.warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("chore")), qPrintable(warnings));
        QVERIFY(warnings.contains(QStringLiteral("no title")));
        QVERIFY(warnings.contains(QStringLiteral("not an object")));
        QVERIFY(warnings.contains(QStringLiteral("500")));
        QVERIFY(validateDraftSet(set).isEmpty());
    }

    void cleaningModelOutput()
    {
        QCOMPARE(llm::extractJsonObject(
                     QStringLiteral("Sure! Here it is:\n```json\n{\"a\": 1}\n```\nAnything else?"))
                     .value(),
                 QJsonObject({{QStringLiteral("a"), 1}}));
        QCOMPARE(llm::withoutThinking(QStringLiteral("<think>plan\n{\"x\":1}</think>{\"a\":2}")),
                 QStringLiteral("{\"a\":2}"));
        QCOMPARE(llm::withoutThinking(QStringLiteral("reasoning without an opening tag</think>{\"a\":3}")),
                 QStringLiteral("{\"a\":3}"));
        QVERIFY(!llm::extractJsonObject(QStringLiteral("<think>never closed {\"a\":1}")));
        QVERIFY(!llm::extractJsonObject(QStringLiteral("no json here")));
    }
};

QTEST_GUILESS_MAIN(TestLlmGenerators)
#include "tst_llm_generators.moc"
