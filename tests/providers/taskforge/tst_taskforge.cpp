#include "fake_taskforge_server.h"
#include "generators/taskforge/taskforge_client.h"
#include "generators/taskforge/taskforge_generator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace docket;

namespace {

const QString kKey = QStringLiteral("tf-key-123");

GenerationRequest
request(const QString &text = QStringLiteral("Finance teams investigate billing discrepancies."))
{
    GenerationRequest request;
    request.document.id = QStringLiteral("doc-7");
    request.document.title = QStringLiteral("Customer Billing Reconciliation Workspace");
    Block heading;
    heading.id = QStringLiteral("h1");
    heading.type = BlockType::Heading;
    heading.headingLevel = 2;
    heading.text = QStringLiteral("Reconciliation");
    Block block;
    block.id = QStringLiteral("b1");
    block.type = BlockType::Requirement;
    block.text = text;
    Block aside;
    aside.id = QStringLiteral("b2");
    aside.type = BlockType::Paragraph;
    aside.text = QStringLiteral("Some background.");
    request.blocks = {heading, block, aside};
    request.ticketCountHint = 3;
    request.maxTicketCount = 6;
    return request;
}

GeneratorSettings settingsFor(const FakeTaskForgeServer &server, const QString &key = kKey)
{
    GeneratorSettings settings;
    settings.generatorId = QStringLiteral("taskforge");
    settings.baseUrl = server.url();
    settings.apiKey = key;
    settings.timeoutSeconds = 5;
    return settings;
}

TaskForgeOptions fast()
{
    TaskForgeOptions options;
    options.pollIntervalMs = 20;
    options.retryDelayMs = 20;
    return options;
}

struct Outcome {
    std::optional<DraftSet> drafts;
    QString error;
    int signalCount = 0;
};

Outcome run(TaskForgeGenerator &generator, const GenerationRequest &input = request())
{
    QSignalSpy finished(&generator, &TicketGenerator::finished);
    QSignalSpy failed(&generator, &TicketGenerator::failed);
    generator.start(input);
    Outcome outcome;
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 10000))
        outcome.error = QStringLiteral("neither finished nor failed within 10 s");
    QTest::qWait(50); // a second, wrong signal would arrive now
    outcome.signalCount = int(finished.size() + failed.size());
    if (!finished.isEmpty())
        outcome.drafts = finished.first().first().value<DraftSet>();
    if (!failed.isEmpty())
        outcome.error = failed.first().first().toString();
    return outcome;
}

template <typename T>
std::optional<Result<T>> await(const std::function<void(TaskForgeClient::Callback<T>)> &call)
{
    std::optional<Result<T>> outcome;
    call([&outcome](Result<T> result) { outcome = std::move(result); });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
        return std::nullopt;
    return outcome;
}

} // namespace

class TestTaskForge : public QObject {
    Q_OBJECT
private slots:
    void submitPollAndFetchTheResult()
    {
        FakeTaskForgeServer server(kKey);
        server.setPollsUntilDone(2);
        QNetworkAccessManager network;
        TaskForgeGenerator generator(&network, settingsFor(server), fast());
        QSignalSpy progress(&generator, &TicketGenerator::progressChanged);
        const Outcome outcome = run(generator);
        QVERIFY2(outcome.drafts, qPrintable(outcome.error));
        QCOMPARE(outcome.signalCount, 1);
        const DraftSet &set = *outcome.drafts;
        QCOMPARE(set.jobId, server.lastJobId());
        QCOMPARE(generator.jobId(), server.lastJobId());
        QCOMPARE(set.tickets.size(), 2);
        QCOMPARE(set.tickets.first().title, QStringLiteral("Show invoices and payments"));
        QCOMPARE(set.tickets.first().ticketType, TicketType::Story);
        QCOMPARE(set.tickets.first().priority, std::optional<Priority>(Priority::P1));
        QCOMPARE(set.tickets.first().storyPoints, std::optional<int>(5));
        QCOMPARE(set.tickets.last().dependencies, QStringList{QStringLiteral("SPEC-1")});
        QCOMPARE(set.risks.size(), 1);
        QCOMPARE(set.generation.generator, QStringLiteral("taskforge"));
        QCOMPARE(set.generation.model, QStringLiteral("qwen3:1.7b"));
        QCOMPARE(set.generation.finishReason, QStringLiteral("stop"));
        QVERIFY(!set.generation.promptTokens); // the service reports null
        QVERIFY(validateDraftSet(set).isEmpty());
        QVERIFY(progress.size() >= 3);
        QCOMPARE(progress.last().at(0).toInt(), 100);

        const QList<FakeHttpServer::Request> &requests = server.requests();
        QCOMPARE(requests.size(), 4); // submit, two polls, result
        QCOMPARE(requests.at(0).method, QByteArray("POST"));
        QCOMPARE(requests.at(0).path, QByteArray("/tickets/v1/jobs"));
        const QByteArray statusPath = "/tickets/v1/jobs/" + server.lastJobId().toUtf8();
        QCOMPARE(requests.at(1).path, statusPath);
        QCOMPARE(requests.at(2).path, statusPath);
        QCOMPARE(requests.at(3).path, statusPath + "/result");
        for (const FakeHttpServer::Request &sent : requests)
            QCOMPARE(sent.headers.value("authorization"), QByteArray("Bearer tf-key-123"));

        const QJsonObject body = requests.at(0).json();
        QCOMPARE(body.value(QStringLiteral("schema_version")).toString(), QStringLiteral("tickets.input.v1"));
        QCOMPARE(body.value(QStringLiteral("idempotency_key")).toString(),
                 TaskForgeGenerator::inputFor(request()).idempotencyKey);
        QCOMPARE(body.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Customer Billing Reconciliation Workspace"));
        const QString spec = body.value(QStringLiteral("spec")).toString();
        QVERIFY(spec.contains(QStringLiteral("## Reconciliation")));
        QVERIFY(spec.contains(QStringLiteral("billing discrepancies")));
        const QJsonObject options = body.value(QStringLiteral("options")).toObject();
        QCOMPARE(options.value(QStringLiteral("ticket_count")).toInt(), 3);
        QCOMPARE(options.value(QStringLiteral("max_ticket_count")).toInt(), 6);
        QCOMPARE(options.value(QStringLiteral("include_epics")).toBool(), true);
        QCOMPARE(options.value(QStringLiteral("dependency_mode")).toString(), QStringLiteral("explicit"));
        QCOMPARE(options.value(QStringLiteral("output_detail")).toString(), QStringLiteral("standard"));
    }

    void theChosenBlockTypesMakeTheSpec()
    {
        GenerationRequest input = request();
        input.includeBlockTypes = {BlockType::Requirement};
        const TaskForgeInput job = TaskForgeGenerator::inputFor(input);
        QVERIFY(job.spec.contains(QStringLiteral("## Reconciliation")));
        QVERIFY(job.spec.contains(QStringLiteral("billing discrepancies")));
        QVERIFY(!job.spec.contains(QStringLiteral("Some background")));
        QVERIFY(TaskForgeGenerator::inputFor(request()).spec.contains(QStringLiteral("Some background")));
    }

    void idempotencyKeyIsStableForTheSameInputOnly()
    {
        const QString key = TaskForgeGenerator::inputFor(request()).idempotencyKey;
        QVERIFY(key.startsWith(QStringLiteral("docket-")));
        QCOMPARE(TaskForgeGenerator::inputFor(request()).idempotencyKey, key);
        QVERIFY(TaskForgeGenerator::inputFor(request(QStringLiteral("Another spec."))).idempotencyKey != key);
        GenerationRequest more = request();
        more.ticketCountHint = 6;
        QVERIFY(TaskForgeGenerator::inputFor(more).idempotencyKey != key);
        GenerationRequest otherDocument = request();
        otherDocument.document.id = QStringLiteral("doc-8");
        QVERIFY(TaskForgeGenerator::inputFor(otherDocument).idempotencyKey != key);
        GenerationRequest fewerBlocks = request();
        fewerBlocks.includeBlockTypes = {BlockType::Requirement};
        QVERIFY(TaskForgeGenerator::inputFor(fewerBlocks).idempotencyKey != key);
    }

    void aSubmitWhoseAnswerWasLostIsSentAgainAndFindsItsJob()
    {
        FakeTaskForgeServer server(kKey);
        server.dropNextReply(); // the job is made, but the answer never arrives
        QNetworkAccessManager network;
        TaskForgeGenerator generator(&network, settingsFor(server), fast());
        const Outcome outcome = run(generator);
        QVERIFY2(outcome.drafts, qPrintable(outcome.error));
        QCOMPARE(server.jobCount(), 1);
        QCOMPARE(server.requests().at(0).method, QByteArray("POST"));
        QCOMPARE(server.requests().at(1).method, QByteArray("POST"));
        QCOMPARE(server.requests().at(0).json().value(QStringLiteral("idempotency_key")),
                 server.requests().at(1).json().value(QStringLiteral("idempotency_key")));
        QCOMPARE(outcome.drafts->jobId, server.lastJobId());
    }

    void generatingAgainFindsTheFinishedJob()
    {
        FakeTaskForgeServer server(kKey);
        QNetworkAccessManager network;
        TaskForgeGenerator first(&network, settingsFor(server), fast());
        QVERIFY(run(first).drafts);
        const qsizetype before = server.requests().size();
        TaskForgeGenerator second(&network, settingsFor(server), fast());
        const Outcome again = run(second);
        QVERIFY2(again.drafts, qPrintable(again.error));
        QCOMPARE(server.jobCount(), 1);
        QCOMPARE(again.drafts->jobId, first.jobId());
        // Already succeeded: straight to the result, no polling.
        QCOMPARE(server.requests().size(), before + 2);
        QVERIFY(server.requests().last().path.endsWith("/result"));
    }

    void aTransientServiceErrorIsRetried()
    {
        FakeTaskForgeServer server(kKey);
        server.failNextRequest(503, QStringLiteral("overloaded"), QStringLiteral("Try again shortly."));
        QNetworkAccessManager network;
        TaskForgeGenerator generator(&network, settingsFor(server), fast());
        const Outcome outcome = run(generator);
        QVERIFY2(outcome.drafts, qPrintable(outcome.error));
        QCOMPARE(server.jobCount(), 1);
    }

    void aWrongKeyIsRefusedInTheServicesWords()
    {
        FakeTaskForgeServer server(kKey);
        QNetworkAccessManager network;
        TaskForgeGenerator generator(&network, settingsFor(server, QStringLiteral("tf-wrong-key")), fast());
        const Outcome outcome = run(generator);
        QVERIFY(!outcome.drafts);
        QCOMPARE(outcome.signalCount, 1);
        QVERIFY2(outcome.error.contains(QStringLiteral("HTTP 401")), qPrintable(outcome.error));
        QVERIFY(outcome.error.contains(QStringLiteral("Missing or invalid API key.")));
        QVERIFY(outcome.error.contains(QStringLiteral("(unauthorized)")));
        QVERIFY(!outcome.error.contains(QStringLiteral("tf-wrong-key")));
        QCOMPARE(server.requests().size(), 1); // a refusal is final
        QCOMPARE(server.jobCount(), 0);
    }

    void theServicesErrorCodeIsShownAsItStatesIt()
    {
        FakeTaskForgeServer server(kKey);
        server.failNextRequest(422, QStringLiteral("spec_too_large"),
                               QStringLiteral("Spec exceeds 200000 characters."));
        QNetworkAccessManager network;
        TaskForgeGenerator generator(&network, settingsFor(server), fast());
        const Outcome outcome = run(generator);
        QVERIFY(!outcome.drafts);
        QVERIFY2(outcome.error.contains(
                     QStringLiteral("HTTP 422: Spec exceeds 200000 characters. (spec_too_large)")),
                 qPrintable(outcome.error));
        QCOMPARE(server.requests().size(), 1);
    }

    void aFailedJobSaysWhy()
    {
        FakeTaskForgeServer server(kKey);
        server.setJobFailure(QStringLiteral("model_error"), QStringLiteral("The model crashed."));
        QNetworkAccessManager network;
        TaskForgeGenerator generator(&network, settingsFor(server), fast());
        const Outcome outcome = run(generator);
        QVERIFY(!outcome.drafts);
        QVERIFY2(outcome.error.contains(QStringLiteral("The model crashed. (model_error)")),
                 qPrintable(outcome.error));
        QVERIFY(!server.requests().last().path.endsWith("/result"));
    }

    void cancellingStopsTheJobOnTheService()
    {
        FakeTaskForgeServer server(kKey);
        server.setPollsUntilDone(1000);
        QNetworkAccessManager network;
        TaskForgeOptions options = fast();
        options.pollIntervalMs = 50;
        TaskForgeGenerator generator(&network, settingsFor(server), options);
        QSignalSpy finished(&generator, &TicketGenerator::finished);
        QSignalSpy failed(&generator, &TicketGenerator::failed);
        generator.start(request());
        QTRY_VERIFY(server.requests().size() >= 3); // submitted and polling
        generator.cancel();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("cancelled")));
        QTRY_COMPARE(server.jobStatus(server.lastJobId()), QStringLiteral("cancelled"));
        QCOMPARE(server.requests().last().method, QByteArray("DELETE"));
        QCOMPARE(server.requests().last().path, "/tickets/v1/jobs/" + server.lastJobId().toUtf8());
        const qsizetype after = server.requests().size();
        QTest::qWait(300); // polling has stopped
        QCOMPARE(server.requests().size(), after);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(failed.size(), 1);
    }

    void aJobThatTakesTooLongIsGivenUp()
    {
        FakeTaskForgeServer server(kKey);
        server.setPollsUntilDone(100000);
        QNetworkAccessManager network;
        TaskForgeOptions options = fast();
        options.jobTimeoutSeconds = 1;
        TaskForgeGenerator generator(&network, settingsFor(server), options);
        const Outcome outcome = run(generator);
        QVERIFY(!outcome.drafts);
        QVERIFY2(outcome.error.contains(QStringLiteral("did not finish within 1 second")),
                 qPrintable(outcome.error));
        QTRY_COMPARE(server.jobStatus(server.lastJobId()), QStringLiteral("cancelled"));
    }

    void theResultIsRepaired()
    {
        FakeTaskForgeServer server(kKey);
        QJsonObject result = FakeTaskForgeServer::sampleResult();
        QJsonArray tickets = result.value(QStringLiteral("tickets")).toArray();
        QJsonObject second = tickets.at(1).toObject();
        second.insert(QStringLiteral("story_points"), 500);
        second.insert(QStringLiteral("dependencies"),
                      QJsonArray{QStringLiteral("SPEC-1"), QStringLiteral("SPEC-9")});
        tickets.replace(1, second);
        tickets.append(QJsonObject{{QStringLiteral("external_id"), QStringLiteral("SPEC-3")},
                                   {QStringLiteral("ticket_type"), QStringLiteral("feature")},
                                   {QStringLiteral("title"), QStringLiteral("Unknown type")}});
        result.insert(QStringLiteral("tickets"), tickets);
        server.setResult(result);
        QNetworkAccessManager network;
        TaskForgeGenerator generator(&network, settingsFor(server), fast());
        const Outcome outcome = run(generator);
        QVERIFY2(outcome.drafts, qPrintable(outcome.error));
        QCOMPARE(outcome.drafts->tickets.size(), 2);
        QVERIFY(!outcome.drafts->tickets.at(1).storyPoints);
        QCOMPARE(outcome.drafts->tickets.at(1).dependencies, QStringList{QStringLiteral("SPEC-1")});
        const QString warnings = outcome.drafts->generation.warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("feature")), qPrintable(warnings));
        QVERIFY(warnings.contains(QStringLiteral("SPEC-9")));
        QVERIFY(validateDraftSet(*outcome.drafts).isEmpty());
    }

    void theClientAloneListsAndCancelsJobs()
    {
        FakeTaskForgeServer server(kKey);
        server.setPollsUntilDone(1000);
        QNetworkAccessManager network;
        TaskForgeClient client(&network, server.url(), kKey);
        TaskForgeInput input;
        input.title = QStringLiteral("First");
        input.spec = QStringLiteral("Build it.");
        input.idempotencyKey = QStringLiteral("key-1");
        const auto first = await<TaskForgeJob>([&](auto done) { client.submit(input, done); });
        QVERIFY(first && first->ok());
        QCOMPARE(first->value().status, QStringLiteral("queued"));
        input.title = QStringLiteral("Second");
        input.idempotencyKey = QStringLiteral("key-2");
        const auto second = await<TaskForgeJob>([&](auto done) { client.submit(input, done); });
        QVERIFY(second && second->ok());
        QVERIFY(second->value().jobId != first->value().jobId);

        const auto cancelled =
            await<TaskForgeJob>([&](auto done) { client.cancel(first->value().jobId, done); });
        QVERIFY(cancelled && cancelled->ok());
        QVERIFY(cancelled->value().isCancelled());
        QCOMPARE(server.requests().last().method, QByteArray("DELETE"));

        const auto listed = await<QList<TaskForgeJob>>([&](auto done) { client.list(done); });
        QVERIFY(listed && listed->ok());
        QCOMPARE(listed->value().size(), 2);
        QCOMPARE(listed->value().at(0).title, QStringLiteral("First"));
        QVERIFY(listed->value().at(0).isCancelled());
        QCOMPARE(listed->value().at(1).status, QStringLiteral("queued"));
        QVERIFY(listed->value().at(1).createdAt.isValid());
        QCOMPARE(server.requests().last().path, QByteArray("/tickets/v1/jobs"));

        // The result of a job still running is the service's error, in its words.
        const auto early = await<QJsonObject>([&](auto done) { client.result(second->value().jobId, done); });
        QVERIFY(early && !early->ok());
        QVERIFY2(early->error().message.contains(QStringLiteral("job_not_ready")),
                 qPrintable(early->error().message));

        const auto missing =
            await<TaskForgeJob>([&](auto done) { client.status(QStringLiteral("nope"), done); });
        QVERIFY(missing && !missing->ok());
        QVERIFY(missing->error().message.contains(QStringLiteral("HTTP 404")));
        QVERIFY(missing->error().message.contains(QStringLiteral("job_not_found")));
    }

    void anUnreachableServiceIsSaidSo()
    {
        QNetworkAccessManager network;
        TaskForgeClientOptions options;
        options.retries = 1;
        options.retryDelayMs = 10;
        TaskForgeClient client(&network, QUrl(QStringLiteral("http://127.0.0.1:9")), kKey, options);
        const auto listed = await<QList<TaskForgeJob>>([&](auto done) { client.list(done); });
        QVERIFY(listed && !listed->ok());
        QVERIFY2(listed->error().message.contains(QStringLiteral("cannot be reached")),
                 qPrintable(listed->error().message));
    }
};

QTEST_GUILESS_MAIN(TestTaskForge)
#include "tst_taskforge.moc"
