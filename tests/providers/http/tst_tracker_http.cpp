#include "fake_http_server.h"
#include "http/tracker_http.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>

using namespace docket;

namespace {

HttpPolicy fastPolicy()
{
    HttpPolicy policy;
    policy.minimumWriteSpacingMs = 0;
    policy.baseBackoffMs = 1;
    policy.maxBackoffMs = 5;
    policy.requestTimeoutMs = 2000;
    return policy;
}

FakeHttpServer::Response answer(int status, const QByteArray &body = "{}",
                                const QByteArray &type = "application/json",
                                QList<std::pair<QByteArray, QByteArray>> headers = {})
{
    FakeHttpServer::Response response;
    response.status = status;
    response.contentType = type;
    response.chunks = {body};
    response.headers = std::move(headers);
    return response;
}

HttpOutcome sendAndWait(TrackerHttp &http, const QByteArray &verb, const QUrl &url, bool repeatable)
{
    std::optional<HttpOutcome> outcome;
    http.send(verb, QNetworkRequest(url), verb == "GET" ? QByteArray() : QByteArray("{}"), repeatable,
              [&](HttpOutcome result) { outcome = result; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
        return {};
    return *outcome;
}

} // namespace

class TestTrackerHttp : public QObject {
    Q_OBJECT
private slots:
    void readsAreRetriedThroughServerErrorsAndHtmlPages()
    {
        FakeHttpServer server;
        server.enqueue(answer(500, R"({"message":"Server Error"})"));
        server.enqueue(answer(502, "<html><body>Bad gateway</body></html>", "text/html"));
        server.enqueue(answer(200, R"({"login":"dana"})"));
        QNetworkAccessManager network;
        TrackerHttp http(&network, fastPolicy());
        const HttpOutcome outcome = sendAndWait(http, "GET", server.url(), true);
        QCOMPARE(outcome.kind, HttpOutcome::Kind::Answered);
        QCOMPARE(outcome.status, 200);
        QCOMPARE(outcome.attempts, 3);
        QCOMPARE(server.requests().size(), 3);
    }

    void aCreateWhoseFateIsUnknownIsNeverSentTwice()
    {
        FakeHttpServer server;
        // The tracker created it, and the answer was cut off half-way.
        FakeHttpServer::Response dropped = answer(201, R"({"number":7,)");
        dropped.chunks.append(R"("html_url":"..."})");
        dropped.dropAfterChunks = 1;
        server.enqueue(dropped);
        server.enqueue(answer(500));
        QNetworkAccessManager network;
        TrackerHttp http(&network, fastPolicy());
        const HttpOutcome lost = sendAndWait(http, "POST", server.url(), false);
        QCOMPARE(lost.kind, HttpOutcome::Kind::Unknown);
        QVERIFY(!lost.message.isEmpty());
        QCOMPARE(server.requests().size(), 1);
        const HttpOutcome serverError = sendAndWait(http, "POST", server.url(), false);
        QCOMPARE(serverError.kind, HttpOutcome::Kind::Unknown);
        QCOMPARE(server.requests().size(), 2);
    }

    void rateLimitsAreWaitedOutAndThenRetried()
    {
        FakeHttpServer server;
        server.enqueue(answer(403, R"({"message":"You have exceeded a secondary rate limit."})",
                              "application/json", {{"retry-after", "0"}}));
        server.enqueue(answer(429, "{}", "application/json", {{"retry-after", "0"}}));
        server.enqueue(answer(201, R"({"number":8})"));
        QNetworkAccessManager network;
        TrackerHttp http(&network, fastPolicy());
        const HttpOutcome created = sendAndWait(http, "POST", server.url(), false);
        QCOMPARE(created.kind, HttpOutcome::Kind::Answered);
        QCOMPARE(created.status, 201);
        QCOMPARE(server.requests().size(), 3); // refused twice, then created once
    }

    void aLongRateLimitFailsSayingUntilWhen()
    {
        FakeHttpServer server;
        const QByteArray inAnHour = QByteArray::number(QDateTime::currentSecsSinceEpoch() + 3600);
        server.enqueue(answer(403, R"({"message":"API rate limit exceeded"})", "application/json",
                              {{"x-ratelimit-remaining", "0"}, {"x-ratelimit-reset", inAnHour}}));
        QNetworkAccessManager network;
        HttpPolicy policy = fastPolicy();
        policy.maxRateLimitWaitMs = 1000;
        TrackerHttp http(&network, policy);
        const HttpOutcome refused = sendAndWait(http, "POST", server.url(), false);
        QCOMPARE(refused.kind, HttpOutcome::Kind::Failed);
        QVERIFY(refused.message.contains(QStringLiteral("wait until")));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(TrackerHttp::rateLimitWaitMs(403, {{"x-ratelimit-remaining", "1"}}, 0), -1); // a plain 403
    }

    void writesAreSpacedAsThePolicySays()
    {
        FakeHttpServer server;
        QElapsedTimer clock;
        clock.start();
        QList<qint64> arrivals;
        server.setHandler([&](const FakeHttpServer::Request &) {
            arrivals.append(clock.elapsed());
            return answer(201);
        });
        QNetworkAccessManager network;
        HttpPolicy policy = fastPolicy();
        policy.minimumWriteSpacingMs = 120;
        TrackerHttp http(&network, policy);
        int done = 0;
        for (int i = 0; i < 3; ++i)
            http.send("POST", QNetworkRequest(server.url()), "{}", false, [&](HttpOutcome) { ++done; });
        QTRY_COMPARE_WITH_TIMEOUT(done, 3, 10000);
        QCOMPARE(arrivals.size(), 3);
        for (int i = 1; i < arrivals.size(); ++i)
            QVERIFY2(arrivals.at(i) - arrivals.at(i - 1) >= 100,
                     qPrintable(QString::number(arrivals.at(i) - arrivals.at(i - 1))));
    }

    void a401RenewsTheTokenOnceAndNoMore()
    {
        FakeHttpServer server;
        server.enqueue(answer(401, R"({"message":"Bad credentials"})"));
        server.enqueue(answer(200));
        server.enqueue(answer(401));
        server.enqueue(answer(401));
        QNetworkAccessManager network;
        TrackerHttp http(&network, fastPolicy());
        int renewals = 0;
        http.setTokenSource({[](auto done) { done(QStringLiteral("old-token")); },
                             [&](const QString &, auto done) {
                                 ++renewals;
                                 done(QStringLiteral("new-token-%1").arg(renewals));
                             },
                             [](QNetworkRequest &request, const QString &token) {
                                 request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
                             }});
        const HttpOutcome renewed = sendAndWait(http, "GET", server.url(), true);
        QCOMPARE(renewed.status, 200);
        QCOMPARE(server.requests().at(0).headers.value("authorization"), QByteArray("Bearer old-token"));
        QCOMPARE(server.requests().at(1).headers.value("authorization"), QByteArray("Bearer new-token-1"));
        const HttpOutcome refused = sendAndWait(http, "GET", server.url(), true);
        QCOMPARE(refused.kind, HttpOutcome::Kind::Answered);
        QCOMPARE(refused.status, 401); // renewed once, refused again: the caller decides
        QCOMPARE(renewals, 2);
        QCOMPARE(server.requests().size(), 4);
    }

    void cancelLetsTheRequestOnTheWireFinishAndDropsTheRest()
    {
        FakeHttpServer server;
        FakeHttpServer::Response slow = answer(201);
        slow.delayMs = 200;
        server.setHandler([slow](const FakeHttpServer::Request &) { return slow; });
        QNetworkAccessManager network;
        TrackerHttp http(&network, fastPolicy());
        QList<HttpOutcome::Kind> kinds;
        for (int i = 0; i < 3; ++i)
            http.send("POST", QNetworkRequest(server.url()), "{}", false,
                      [&](HttpOutcome outcome) { kinds.append(outcome.kind); });
        QTRY_COMPARE(server.requests().size(), 1);
        http.cancelPending();
        QTRY_COMPARE(kinds.size(), 3);
        QCOMPARE(kinds.count(HttpOutcome::Kind::Cancelled), 2);
        QCOMPARE(kinds.count(HttpOutcome::Kind::Answered), 1);
        QTest::qWait(50);
        QCOMPARE(server.requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTrackerHttp)
#include "tst_tracker_http.moc"
