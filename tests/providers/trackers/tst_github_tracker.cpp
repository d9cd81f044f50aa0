#include "fake_http_server.h"
#include "http/tracker_http.h"
#include "trackers/github/github_tracker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUuid>

using namespace docket;

namespace {

FakeHttpServer::Response json(int status, const QJsonValue &value,
                              QList<std::pair<QByteArray, QByteArray>> headers = {})
{
    FakeHttpServer::Response response;
    response.status = status;
    response.chunks = {value.isArray() ? QJsonDocument(value.toArray()).toJson()
                                       : QJsonDocument(value.toObject()).toJson()};
    response.headers = std::move(headers);
    return response;
}

QJsonObject issue(int number, const QString &body)
{
    return {
        {QStringLiteral("number"), number},
        {QStringLiteral("id"), 1000 + number},
        {QStringLiteral("node_id"), QStringLiteral("I_%1").arg(number)},
        {QStringLiteral("html_url"), QStringLiteral("https://github.example/acme/app/issues/%1").arg(number)},
        {QStringLiteral("body"), body}};
}

template <typename T>
T waitFor(const std::function<void(std::function<void(T)>)> &start)
{
    std::optional<T> answer;
    start([&](T value) { answer.emplace(std::move(value)); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
        qWarning("no answer");
    if constexpr (std::is_default_constructible_v<T>)
        return answer ? std::move(*answer) : T{};
    else
        return answer ? std::move(*answer) : T(Error{QStringLiteral("no answer"), {}});
}

struct Fixture {
    FakeHttpServer server;
    QNetworkAccessManager network;
    TrackerHttp http{&network, [] {
                         HttpPolicy policy;
                         policy.minimumWriteSpacingMs = 0;
                         policy.baseBackoffMs = 1;
                         policy.maxBackoffMs = 2;
                         return policy;
                     }()};
    GitHubTracker github{http, [this] {
                             QUrl base = server.url();
                             base.setPath(QStringLiteral("/api/v3"));
                             return base;
                         }()};
};

} // namespace

class TestGitHubTracker : public QObject {
    Q_OBJECT
private slots:
    void aCreatedIssueComesBackWithItsNumberAndId()
    {
        Fixture fixture;
        fixture.server.enqueue(json(201, issue(42, QStringLiteral("body"))));
        GitHubIssueDraft draft;
        draft.title = QStringLiteral("Export invoices");
        draft.labels = {QStringLiteral("priority:high")};
        const GitHubPushResult result = waitFor<GitHubPushResult>(
            [&](auto done) { fixture.github.createIssue(QStringLiteral("acme/app"), draft, done); });
        QCOMPARE(result.kind, GitHubPushResult::Kind::Done);
        QCOMPARE(result.issue.number, 42);
        QCOMPARE(result.issue.id, 1042);
        const FakeHttpServer::Request &sent = fixture.server.requests().first();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.path, QByteArray("/api/v3/repos/acme/app/issues"));
        QCOMPARE(sent.json().value(QStringLiteral("title")).toString(), QStringLiteral("Export invoices"));
        QCOMPARE(sent.headers.value("x-github-api-version"), QByteArray("2022-11-28"));
    }

    void aRefusalCarriesGitHubsOwnWords()
    {
        Fixture fixture;
        fixture.server.enqueue(json(
            422,
            QJsonObject{{QStringLiteral("message"), QStringLiteral("Validation Failed")},
                        {QStringLiteral("errors"),
                         QJsonArray{QJsonObject{{QStringLiteral("resource"), QStringLiteral("Issue")},
                                                {QStringLiteral("field"), QStringLiteral("milestone")},
                                                {QStringLiteral("code"), QStringLiteral("invalid")}}}}}));
        const GitHubPushResult result = waitFor<GitHubPushResult>([&](auto done) {
            fixture.github.createIssue(QStringLiteral("acme/app"), GitHubIssueDraft{}, done);
        });
        QCOMPARE(result.kind, GitHubPushResult::Kind::Rejected);
        QCOMPARE(result.message, QStringLiteral("Validation Failed: milestone invalid"));
        QCOMPARE(fixture.server.requests().size(), 1); // a refusal is not retried
    }

    void anIssueIsFoundByItsPushKeyAcrossPages()
    {
        Fixture fixture;
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray next =
            "<" + fixture.server.url().toEncoded() + "/api/v3/repos/acme/app/issues?page=2>; rel=\"next\"";
        fixture.server.enqueue(
            json(200,
                 QJsonArray{issue(1, QStringLiteral("unrelated")),
                            issue(2, pushKeyMarker(QUuid::createUuid().toString(QUuid::WithoutBraces)))},
                 {{"link", next}}));
        fixture.server.enqueue(
            json(200, QJsonArray{issue(3, QStringLiteral("Body\n\n") + pushKeyMarker(key))}));
        const Result<std::optional<GitHubIssueRef>> found =
            waitFor<Result<std::optional<GitHubIssueRef>>>([&](auto done) {
                fixture.github.findByPushKey(QStringLiteral("acme/app"), key,
                                             QDateTime::currentDateTimeUtc().addSecs(-60), done);
            });
        QVERIFY(found);
        QVERIFY(found.value().has_value());
        QCOMPARE(found.value()->number, 3);
        QCOMPARE(fixture.server.requests().size(), 2);
        QVERIFY(fixture.server.requests().first().path.contains("state=all"));
        QVERIFY(fixture.server.requests().first().path.contains("since="));

        fixture.server.enqueue(json(200, QJsonArray{}));
        const auto absent = waitFor<Result<std::optional<GitHubIssueRef>>>([&](auto done) {
            fixture.github.findByPushKey(QStringLiteral("acme/app"), QStringLiteral("0000"),
                                         QDateTime::currentDateTimeUtc(), done);
        });
        QVERIFY(absent && !absent.value().has_value());
    }

    void updatesAreRepeatedThroughServerErrorsButCreatesAreNot()
    {
        Fixture fixture;
        fixture.server.enqueue(json(502, QJsonObject{}));
        fixture.server.enqueue(json(200, issue(7, QString())));
        const GitHubPushResult updated = waitFor<GitHubPushResult>([&](auto done) {
            fixture.github.updateIssue(QStringLiteral("acme/app"), 7, GitHubIssueDraft{}, done);
        });
        QCOMPARE(updated.kind, GitHubPushResult::Kind::Done);
        QCOMPARE(fixture.server.requests().size(), 2);

        fixture.server.enqueue(json(500, QJsonObject{}));
        const GitHubPushResult created = waitFor<GitHubPushResult>([&](auto done) {
            fixture.github.createIssue(QStringLiteral("acme/app"), GitHubIssueDraft{}, done);
        });
        QCOMPARE(created.kind, GitHubPushResult::Kind::Unknown); // look it up by key before trying again
        QCOMPARE(fixture.server.requests().size(), 3);
    }

    void subIssuesLinkByIdAndMilestonesByTitle()
    {
        Fixture fixture;
        fixture.server.enqueue(json(201, issue(1, QString())));
        const Status linked = waitFor<Status>(
            [&](auto done) { fixture.github.addSubIssue(QStringLiteral("acme/app"), 1, 1009, done); });
        QVERIFY(linked);
        QCOMPARE(fixture.server.requests().last().path,
                 QByteArray("/api/v3/repos/acme/app/issues/1/sub_issues"));
        QCOMPARE(fixture.server.requests().last().json().value(QStringLiteral("sub_issue_id")).toInteger(),
                 1009);

        fixture.server.enqueue(
            json(200, QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Q3")},
                                             {QStringLiteral("number"), 4}}}));
        const Result<QHash<QString, int>> milestones = waitFor<Result<QHash<QString, int>>>(
            [&](auto done) { fixture.github.milestones(QStringLiteral("acme/app"), done); });
        QVERIFY(milestones);
        QCOMPARE(milestones.value().value(QStringLiteral("Q3")), 4);
    }
};

QTEST_GUILESS_MAIN(TestGitHubTracker)
#include "tst_github_tracker.moc"
