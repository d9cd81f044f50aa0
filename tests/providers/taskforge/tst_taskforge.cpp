#include "fake_http_server.h"
#include "generators/taskforge/taskforge_client.h"
#include "generators/taskforge/taskforge_generator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace docket;

namespace {

QByteArray job(const QString &status, const QString &error = {})
{
    QJsonObject object{{QStringLiteral("schema_version"), QStringLiteral("tickets.job.v1")},
                       {QStringLiteral("job_id"), QStringLiteral("019e4fae-job")},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("created_at"), QStringLiteral("2026-05-22T12:35:27.722228+00:00")}};
    if (!error.isEmpty())
        object.insert(QStringLiteral("error"), error);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray result()
{
    const QJsonObject object{
        {QStringLiteral("schema_version"), QStringLiteral("tickets.result.v1")},
        {QStringLiteral("job_id"), QStringLiteral("019e4fae-job")},
        {QStringLiteral("tickets"),
         QJsonArray{
             QJsonObject{
                 {QStringLiteral("external_id"), QStringLiteral("SPEC-1")},
                 {QStringLiteral("ticket_type"), QStringLiteral("story")},
                 {QStringLiteral("title"), QStringLiteral("Show invoices, payments, refunds, and credits")},
                 {QStringLiteral("acceptance_criteria"),
                  QJsonArray{QStringLiteral("Invoice table shows number")}},
                 {QStringLiteral("story_points"), 5},
                 {QStringLiteral("priority"), QStringLiteral("high")}},
             QJsonObject{{QStringLiteral("external_id"), QStringLiteral("SPEC-2")},
                         {QStringLiteral("ticket_type"), QStringLiteral("task")},
                         {QStringLiteral("title"), QStringLiteral("Reconcile refunds")},
                         {QStringLiteral("acceptance_criteria"), QJsonArray{QStringLiteral("Refunds match")}},
                         {QStringLiteral("dependencies"), QJsonArray{QStringLiteral("SPEC-1")}}}}},
        {QStringLiteral("risks"), QJsonArray()},
        {QStringLiteral("open_questions"), QJsonArray()},
        {QStringLiteral("generation"),
         QJsonObject{{QStringLiteral("model"), QStringLiteral("qwen3:1.7b")},
                     {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

GenerationRequest
request(const QString &text = QStringLiteral("Finance teams investigate billing discrepancies."))
{
    GenerationRequest request;
    request.document.id = QStringLiteral("doc-7");
    request.document.title = QStringLiteral("Customer Billing Reconciliation Workspace");
    Block block;
    block.id = QStringLiteral("b1");
    block.type = BlockType::Paragraph;
    block.text = text;
    request.blocks = {block};
    return request;
}

GeneratorSettings settingsFor(const FakeHttpServer &server)
{
    GeneratorSettings settings;
    settings.generatorId = QStringLiteral("taskforge");
    settings.baseUrl = server.url();
    settings.apiKey = QStringLiteral("tf-key-123");
    settings.timeoutSeconds = 10;
    return settings;
}

} // namespace

class TestTaskForge : public QObject {
    Q_OBJECT
private slots:
    void submitPollAndFetchTheResult()
    {
        FakeHttpServer server;
        server.enqueue({202, "application/json", {job(QStringLiteral("queued"))}});
        server.enqueue({200, "application/json", {job(QStringLiteral("running"))}});
        server.enqueue({200, "application/json", {job(QStringLiteral("succeeded"))}});
        server.enqueue({200, "application/json", {result()}});
        QNetworkAccessManager network;
        TaskForgeGenerator generator(&network, settingsFor(server), 20);
        QSignalSpy finished(&generator, &TicketGenerator::finished);
        QSignalSpy failed(&generator, &TicketGenerator::failed);
        generator.start(request());
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 10000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const DraftSet set = finished.first().first().value<DraftSet>();
        QCOMPARE(set.jobId, QStringLiteral("019e4fae-job"));
        QCOMPARE(set.tickets.size(), 2);
        QCOMPARE(set.tickets.first().priority, std::optional<Priority>(Priority::P1));
        QCOMPARE(set.tickets.first().storyPoints, std::optional<int>(5));
        QCOMPARE(set.tickets.last().dependencies, QStringList{QStringLiteral("SPEC-1")});
        QCOMPARE(set.generation.generator, QStringLiteral("taskforge"));
        QCOMPARE(set.generation.model, QStringLiteral("qwen3:1.7b"));

        const QList<FakeHttpServer::Request> &requests = server.requests();
        QCOMPARE(requests.size(), 4);
        QCOMPARE(requests.at(0).method, QByteArray("POST"));
        QCOMPARE(requests.at(0).path, QByteArray("/tickets/v1/jobs"));
        QCOMPARE(requests.at(0).headers.value("authorization"), QByteArray("Bearer tf-key-123"));
        const QJsonObject body = QJsonDocument::fromJson(requests.at(0).body).object();
        QCOMPARE(body.value(QStringLiteral("schema_version")).toString(), QStringLiteral("tickets.input.v1"));
        QCOMPARE(body.value(QStringLiteral("idempotency_key")).toString(),
                 TaskForgeGenerator::inputFor(request()).idempotencyKey);
        QVERIFY(
            body.value(QStringLiteral("spec")).toString().contains(QStringLiteral("billing discrepancies")));
        QCOMPARE(requests.at(1).path, QByteArray("/tickets/v1/jobs/019e4fae-job"));
        QCOMPARE(requests.at(3).path, QByteArray("/tickets/v1/jobs/019e4fae-job/result"));
    }

    void idempotencyKeyIsStableForTheSameInputOnly()
    {
        const QString key = TaskForgeGenerator::inputFor(request()).idempotencyKey;
        QCOMPARE(TaskForgeGenerator::inputFor(request()).idempotencyKey, key);
        QVERIFY(TaskForgeGenerator::inputFor(request(QStringLiteral("Another spec."))).idempotencyKey != key);
        GenerationRequest more = request();
        more.ticketCountHint = 6;
        QVERIFY(TaskForgeGenerator::inputFor(more).idempotencyKey != key);
    }

    void aDroppedSubmitIsRetriedWithTheSameKey()
    {
        FakeHttpServer server;
        FakeHttpServer::Response dropped{200, "application/json", {"{\"job_"}};
        dropped.dropAfterFirstChunk = true;
        server.enqueue(dropped);
        server.enqueue({202, "application/json", {job(QStringLiteral("queued"))}});
        server.enqueue({200, "application/json", {job(QStringLiteral("completed"))}});
        server.enqueue({200, "application/json", {result()}});
        QNetworkAccessManager network;
        TaskForgeGenerator generator(&network, settingsFor(server), 20);
        QSignalSpy finished(&generator, &TicketGenerator::finished);
        QSignalSpy failed(&generator, &TicketGenerator::failed);
        generator.start(request());
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 10000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const QJsonObject first = QJsonDocument::fromJson(server.requests().at(0).body).object();
        const QJsonObject second = QJsonDocument::fromJson(server.requests().at(1).body).object();
        QCOMPARE(server.requests().at(1).method, QByteArray("POST"));
        QCOMPARE(first.value(QStringLiteral("idempotency_key")),
                 second.value(QStringLiteral("idempotency_key")));
    }

    void theServicesErrorCodeIsShownAsItStatesIt()
    {
        FakeHttpServer server;
        server.enqueue({401,
                        "application/json",
                        {"{\"error\":{\"code\":\"invalid_api_key\",\"message\":\"API key revoked\"}}"}});
        QNetworkAccessManager network;
        TaskForgeGenerator generator(&network, settingsFor(server), 20);
        QSignalSpy failed(&generator, &TicketGenerator::failed);
        generator.start(request());
        QVERIFY(failed.wait(10000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("401")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("API key revoked")));
        QVERIFY(message.contains(QStringLiteral("invalid_api_key")));
        QVERIFY(!message.contains(QStringLiteral("tf-key-123")));
        QCOMPARE(server.requests().size(), 1); // a refusal is not retried
    }

    void aFailedJobSaysWhy()
    {
        FakeHttpServer server;
        server.enqueue({202, "application/json", {job(QStringLiteral("queued"))}});
        server.enqueue(
            {200, "application/json", {job(QStringLiteral("failed"), QStringLiteral("model crashed"))}});
        QNetworkAccessManager network;
        TaskForgeGenerator generator(&network, settingsFor(server), 20);
        QSignalSpy failed(&generator, &TicketGenerator::failed);
        generator.start(request());
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("model crashed")));
    }

    void cancellingStopsTheJobOnTheService()
    {
        FakeHttpServer server;
        server.enqueue({202, "application/json", {job(QStringLiteral("queued"))}});
        server.enqueue({200, "application/json", {job(QStringLiteral("cancelled"))}}); // the DELETE's answer
        QNetworkAccessManager network;
        TaskForgeGenerator generator(&network, settingsFor(server), 5000);
        QSignalSpy failed(&generator, &TicketGenerator::failed);
        QSignalSpy progress(&generator, &TicketGenerator::progressChanged);
        generator.start(request());
        QTRY_VERIFY(progress.size() >= 2); // submitted, now waiting to poll
        generator.cancel();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("cancelled")));
        QTRY_COMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(1).method, QByteArray("DELETE"));
        QCOMPARE(server.requests().at(1).path, QByteArray("/tickets/v1/jobs/019e4fae-job"));
    }

    void listingJobs()
    {
        FakeHttpServer server;
        server.enqueue({200,
                        "application/json",
                        {"{\"jobs\":[" + job(QStringLiteral("succeeded")) + "," +
                         job(QStringLiteral("running")) + "]}"}});
        QNetworkAccessManager network;
        TaskForgeClient client(&network, server.url(), QStringLiteral("tf-key-123"));
        std::optional<Result<QList<TaskForgeJob>>> listed;
        client.list([&](Result<QList<TaskForgeJob>> jobs) { listed = std::move(jobs); });
        QTRY_VERIFY(listed.has_value());
        QVERIFY(listed->ok());
        QCOMPARE(listed->value().size(), 2);
        QVERIFY(listed->value().first().isFinished());
        QCOMPARE(server.requests().first().path, QByteArray("/tickets/v1/jobs"));
    }
};

QTEST_GUILESS_MAIN(TestTaskForge)
#include "tst_taskforge.moc"
