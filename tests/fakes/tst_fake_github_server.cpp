#include "fake_github_server.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

// The emulator is checked the way Docket's GitHub provider will use it: over HTTP, with
// QNetworkAccessManager.

namespace {

const QString kOwner = QStringLiteral("acme");
const QString kRepo = QStringLiteral("roadmap");
const QString kToken = QStringLiteral("ghp_alice0123456789");
const QString kOtherToken = QStringLiteral("ghp_bob0123456789");

struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QString message() const { return json().value(QStringLiteral("message")).toString(); }
    QJsonObject firstError() const
    {
        return json().value(QStringLiteral("errors")).toArray().first().toObject();
    }
};

class GitHub {
public:
    explicit GitHub(const FakeGitHubServer &server)
        : m_server(server)
    {}

    void setAuthorization(const QByteArray &authorization) { m_authorization = authorization; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }

    Reply get(const QString &path) { return send("GET", path, {}); }
    Reply post(const QString &path, const QJsonValue &body) { return send("POST", path, body); }
    Reply patch(const QString &path, const QJsonValue &body) { return send("PATCH", path, body); }

private:
    Reply send(const QByteArray &verb, const QString &path, const QJsonValue &body)
    {
        QNetworkRequest request(QUrl(m_server.apiUrl().toString() + path));
        request.setRawHeader("Accept", "application/vnd.github+json");
        if (!m_authorization.isEmpty())
            request.setRawHeader("Authorization", m_authorization);
        request.setTransferTimeout(m_transferTimeoutMs);
        QByteArray payload;
        if (!body.isUndefined()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            payload = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        }
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, payload);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            reply->abort(); // the status stays 0, which every comparison catches
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        if (reply->isOpen()) // an aborted reply has nothing to read
            result.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return result;
    }

    const FakeGitHubServer &m_server;
    QNetworkAccessManager m_network;
    QByteArray m_authorization = "Bearer " + kToken.toUtf8();
    int m_transferTimeoutMs = 0;
};

QString repoPath(const QString &rest = {})
{
    return QStringLiteral("/repos/%1/%2").arg(kOwner, kRepo) + rest;
}

QJsonObject newIssue(const QString &title, const QString &body = {})
{
    return {{QStringLiteral("title"), title}, {QStringLiteral("body"), body}};
}

QStringList namesOf(const QJsonArray &objects, const QString &field = QStringLiteral("name"))
{
    QStringList names;
    for (const QJsonValue &object : objects)
        names.append(object.toObject().value(field).toString());
    return names;
}

QList<int> numbersOf(const QJsonArray &issues)
{
    QList<int> numbers;
    for (const QJsonValue &issue : issues)
        numbers.append(issue.toObject().value(QStringLiteral("number")).toInt());
    return numbers;
}

int numberOf(const Reply &reply)
{
    return reply.json().value(QStringLiteral("number")).toInt();
}

} // namespace

class TestFakeGitHubServer : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void requestsNeedAKnownToken();
    void everyAnswerCarriesRateLimitHeaders();
    void userAndRepositories();
    void createsIssuesWithLabelsAndMilestone();
    void refusesAnIssueWithoutTitleOrWithAnUnknownMilestone();
    void labelsAreCreatedOnceAndPaginated();
    void patchesAnIssue();
    void addsLabelsToAnIssue();
    void listsByCreatorAndSinceWithPagination();
    void searchLagsBehindTheList();
    void searchQualifiers();
    void subIssuesAreLinkedByIdWithOneParent();
    void failNextAnswersOnceWithTheGivenBody();
    void droppedAnswerStillCreatedTheIssue();
    void stalledRequestTimesOutUnprocessed();
    void latencyHoldsBackEveryAnswer();
    void secondaryRateLimitCarriesRetryAfter();
    void primaryRateLimitHoldsUntilReset();
    void expiredTokenGets401();
    void writesTooCloseTogetherAreRefused();

private:
    FakeGitHubServer *m_server = nullptr;
    GitHub *m_github = nullptr;
};

void TestFakeGitHubServer::init()
{
    m_server = new FakeGitHubServer;
    m_server->addToken(kToken, QStringLiteral("alice"));
    m_server->addToken(kOtherToken, QStringLiteral("bob"));
    m_server->addRepository(kOwner, kRepo);
    m_github = new GitHub(*m_server);
}

void TestFakeGitHubServer::cleanup()
{
    delete m_github;
    delete m_server;
}

void TestFakeGitHubServer::requestsNeedAKnownToken()
{
    m_github->setAuthorization({});
    const Reply anonymous = m_github->get(QStringLiteral("/user"));
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.message(), QStringLiteral("Bad credentials"));

    m_github->setAuthorization("Bearer ghp_nobody");
    QCOMPARE(m_github->get(QStringLiteral("/user")).status, 401);
    m_github->setAuthorization("Basic " + kToken.toUtf8());
    QCOMPARE(m_github->get(QStringLiteral("/user")).status, 401);

    m_github->setAuthorization("token " + kOtherToken.toUtf8());
    const Reply classic = m_github->get(QStringLiteral("/user"));
    QCOMPARE(classic.status, 200);
    QCOMPARE(classic.json().value(QStringLiteral("login")).toString(), QStringLiteral("bob"));
    m_github->setAuthorization("Bearer " + kToken.toUtf8());
    QCOMPARE(m_github->get(QStringLiteral("/user")).json().value(QStringLiteral("login")).toString(),
             QStringLiteral("alice"));
}

void TestFakeGitHubServer::everyAnswerCarriesRateLimitHeaders()
{
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const Reply first = m_github->get(QStringLiteral("/user"));
    const Reply second = m_github->get(repoPath(QStringLiteral("/issues/404")));
    QCOMPARE(second.status, 404);
    for (const Reply &reply : {first, second}) {
        QCOMPARE(reply.headers.value("x-ratelimit-limit"), QByteArray("5000"));
        QCOMPARE(reply.headers.value("x-ratelimit-resource"), QByteArray("core"));
        // Epoch seconds within the hour, not milliseconds.
        const qint64 reset = reply.headers.value("x-ratelimit-reset").toLongLong();
        QVERIFY(reset > before && reset <= before + 3601);
    }
    QCOMPARE(first.headers.value("x-ratelimit-remaining"), QByteArray("4999"));
    QCOMPARE(first.headers.value("x-ratelimit-used"), QByteArray("1"));
    QCOMPARE(second.headers.value("x-ratelimit-remaining"), QByteArray("4998"));
    QCOMPARE(second.headers.value("x-ratelimit-used"), QByteArray("2"));

    const Reply search = m_github->get(QStringLiteral("/search/issues?q=is:issue"));
    QCOMPARE(search.headers.value("x-ratelimit-resource"), QByteArray("search"));
    QCOMPARE(search.headers.value("x-ratelimit-limit"), QByteArray("30"));
    QCOMPARE(search.headers.value("x-ratelimit-remaining"), QByteArray("29"));
}

void TestFakeGitHubServer::userAndRepositories()
{
    m_server->addRepository(QStringLiteral("acme"), QStringLiteral("api"));
    m_server->addRepository(QStringLiteral("zeta"), QStringLiteral("web"));

    const Reply firstPage = m_github->get(QStringLiteral("/user/repos?per_page=2&page=1"));
    QCOMPARE(firstPage.status, 200);
    QCOMPARE(namesOf(firstPage.array(), QStringLiteral("full_name")),
             (QStringList{QStringLiteral("acme/api"), QStringLiteral("acme/roadmap")}));
    const QByteArray link = firstPage.headers.value("link");
    QVERIFY(link.contains("page=2>; rel=\"next\""));
    QVERIFY(link.contains("page=2>; rel=\"last\""));
    QVERIFY(link.contains("per_page=2"));
    QVERIFY(!link.contains("rel=\"prev\""));

    const Reply secondPage = m_github->get(QStringLiteral("/user/repos?per_page=2&page=2"));
    QCOMPARE(namesOf(secondPage.array(), QStringLiteral("full_name")),
             QStringList{QStringLiteral("zeta/web")});
    QVERIFY(secondPage.headers.value("link").contains("page=1>; rel=\"prev\""));
    QVERIFY(!secondPage.headers.value("link").contains("rel=\"next\""));

    const Reply repository = m_github->get(repoPath());
    QCOMPARE(repository.status, 200);
    QCOMPARE(repository.json().value(QStringLiteral("full_name")).toString(), QStringLiteral("acme/roadmap"));
    QVERIFY(repository.json().value(QStringLiteral("has_issues")).toBool());
    QVERIFY(repository.json()
                .value(QStringLiteral("permissions"))
                .toObject()
                .value(QStringLiteral("push"))
                .toBool());
    QVERIFY(repository.json().value(QStringLiteral("id")).toInteger() > 0);
    QCOMPARE(m_github->get(QStringLiteral("/repos/acme/missing")).status, 404);
}

void TestFakeGitHubServer::createsIssuesWithLabelsAndMilestone()
{
    const int milestone = m_server->addMilestone(kOwner, kRepo, QStringLiteral("v1.0"));
    const Reply milestones = m_github->get(repoPath(QStringLiteral("/milestones")));
    QCOMPARE(namesOf(milestones.array(), QStringLiteral("title")), QStringList{QStringLiteral("v1.0")});

    QJsonObject fields = newIssue(QStringLiteral("Export to CSV"), QStringLiteral("Criteria"));
    fields.insert(QStringLiteral("labels"),
                  QJsonArray{QStringLiteral("priority: high"), QStringLiteral("feature")});
    fields.insert(QStringLiteral("milestone"), milestone);
    fields.insert(QStringLiteral("assignees"), QJsonArray{QStringLiteral("bob")});
    const Reply created = m_github->post(repoPath(QStringLiteral("/issues")), fields);
    QCOMPARE(created.status, 201);
    const QJsonObject issue = created.json();
    QCOMPARE(issue.value(QStringLiteral("number")).toInt(), 1);
    QVERIFY(issue.value(QStringLiteral("id")).toInteger() > 2147483647LL); // ids need 64 bits
    QVERIFY(!issue.value(QStringLiteral("node_id")).toString().isEmpty());
    QCOMPARE(issue.value(QStringLiteral("title")).toString(), QStringLiteral("Export to CSV"));
    QCOMPARE(issue.value(QStringLiteral("body")).toString(), QStringLiteral("Criteria"));
    QCOMPARE(issue.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QCOMPARE(namesOf(issue.value(QStringLiteral("labels")).toArray()),
             (QStringList{QStringLiteral("priority: high"), QStringLiteral("feature")}));
    QCOMPARE(issue.value(QStringLiteral("milestone")).toObject().value(QStringLiteral("number")).toInt(),
             milestone);
    QCOMPARE(namesOf(issue.value(QStringLiteral("assignees")).toArray(), QStringLiteral("login")),
             QStringList{QStringLiteral("bob")});
    QCOMPARE(issue.value(QStringLiteral("user")).toObject().value(QStringLiteral("login")).toString(),
             QStringLiteral("alice"));
    QCOMPARE(issue.value(QStringLiteral("html_url")).toString(),
             m_server->url().toString() + QStringLiteral("/acme/roadmap/issues/1"));
    QVERIFY(
        QDateTime::fromString(issue.value(QStringLiteral("created_at")).toString(), Qt::ISODate).isValid());

    // Labels GitHub did not know yet now exist in the repository.
    QList<QString> labelNames;
    for (const QJsonObject &label : m_server->labels(kOwner, kRepo))
        labelNames.append(label.value(QStringLiteral("name")).toString());
    QCOMPARE(labelNames, (QStringList{QStringLiteral("priority: high"), QStringLiteral("feature")}));
    QCOMPARE(m_server->issues(kOwner, kRepo), QList<QJsonObject>{issue});
    QCOMPARE(m_github->get(repoPath(QStringLiteral("/issues/1"))).json(), issue);
    QCOMPARE(
        numberOf(m_github->post(repoPath(QStringLiteral("/issues")), newIssue(QStringLiteral("Second")))), 2);
}

void TestFakeGitHubServer::refusesAnIssueWithoutTitleOrWithAnUnknownMilestone()
{
    const Reply untitled = m_github->post(repoPath(QStringLiteral("/issues")),
                                          QJsonObject{{QStringLiteral("body"), QStringLiteral("no title")}});
    QCOMPARE(untitled.status, 422);
    QCOMPARE(untitled.message(), QStringLiteral("Validation Failed"));
    QCOMPARE(untitled.firstError().value(QStringLiteral("field")).toString(), QStringLiteral("title"));
    QCOMPARE(untitled.firstError().value(QStringLiteral("code")).toString(), QStringLiteral("missing_field"));
    QCOMPARE(m_github->post(repoPath(QStringLiteral("/issues")), newIssue(QString())).status, 422);

    QJsonObject unknownMilestone = newIssue(QStringLiteral("Planned"));
    unknownMilestone.insert(QStringLiteral("milestone"), 42);
    unknownMilestone.insert(QStringLiteral("labels"), QJsonArray{QStringLiteral("bug")});
    const Reply refused = m_github->post(repoPath(QStringLiteral("/issues")), unknownMilestone);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.firstError().value(QStringLiteral("field")).toString(), QStringLiteral("milestone"));

    QVERIFY(m_server->issues(kOwner, kRepo).isEmpty());
    QVERIFY(m_server->labels(kOwner, kRepo).isEmpty()); // a refused create leaves nothing behind
}

void TestFakeGitHubServer::labelsAreCreatedOnceAndPaginated()
{
    const QJsonObject fields{{QStringLiteral("name"), QStringLiteral("priority: high")},
                             {QStringLiteral("color"), QStringLiteral("D93F0B")},
                             {QStringLiteral("description"), QStringLiteral("From the seed")}};
    const Reply created = m_github->post(repoPath(QStringLiteral("/labels")), fields);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(QStringLiteral("color")).toString(), QStringLiteral("d93f0b"));
    QCOMPARE(created.json().value(QStringLiteral("description")).toString(), QStringLiteral("From the seed"));

    QJsonObject sameNameOtherCase = fields;
    sameNameOtherCase.insert(QStringLiteral("name"), QStringLiteral("Priority: High"));
    const Reply duplicate = m_github->post(repoPath(QStringLiteral("/labels")), sameNameOtherCase);
    QCOMPARE(duplicate.status, 422);
    QCOMPARE(duplicate.message(), QStringLiteral("Validation Failed"));
    QCOMPARE(duplicate.firstError(), (QJsonObject{{QStringLiteral("resource"), QStringLiteral("Label")},
                                                  {QStringLiteral("code"), QStringLiteral("already_exists")},
                                                  {QStringLiteral("field"), QStringLiteral("name")}}));
    QCOMPARE(m_github
                 ->post(repoPath(QStringLiteral("/labels")),
                        QJsonObject{{QStringLiteral("color"), QStringLiteral("ffffff")}})
                 .status,
             422);

    for (const QString &name : {QStringLiteral("bug"), QStringLiteral("feature")})
        QCOMPARE(
            m_github->post(repoPath(QStringLiteral("/labels")), QJsonObject{{QStringLiteral("name"), name}})
                .status,
            201);
    const Reply firstPage = m_github->get(repoPath(QStringLiteral("/labels?per_page=2&page=1")));
    QCOMPARE(namesOf(firstPage.array()),
             (QStringList{QStringLiteral("priority: high"), QStringLiteral("bug")}));
    QVERIFY(firstPage.headers.value("link").contains("rel=\"next\""));
    const Reply secondPage = m_github->get(repoPath(QStringLiteral("/labels?per_page=2&page=2")));
    QCOMPARE(namesOf(secondPage.array()), QStringList{QStringLiteral("feature")});
    QCOMPARE(m_server->labels(kOwner, kRepo).size(), 3);
}

void TestFakeGitHubServer::patchesAnIssue()
{
    const int milestone = m_server->addMilestone(kOwner, kRepo, QStringLiteral("v2"));
    const int number =
        numberOf(m_github->post(repoPath(QStringLiteral("/issues")), newIssue(QStringLiteral("Old"))));
    const QString path = repoPath(QStringLiteral("/issues/%1").arg(number));

    const QJsonObject changes{{QStringLiteral("title"), QStringLiteral("New")},
                              {QStringLiteral("body"), QStringLiteral("Rewritten")},
                              {QStringLiteral("labels"), QJsonArray{QStringLiteral("bug")}},
                              {QStringLiteral("milestone"), milestone},
                              {QStringLiteral("state"), QStringLiteral("closed")},
                              {QStringLiteral("state_reason"), QStringLiteral("not_planned")}};
    const Reply patched = m_github->patch(path, changes);
    QCOMPARE(patched.status, 200);
    const QJsonObject issue = m_github->get(path).json();
    QCOMPARE(issue, patched.json());
    QCOMPARE(issue.value(QStringLiteral("title")).toString(), QStringLiteral("New"));
    QCOMPARE(issue.value(QStringLiteral("body")).toString(), QStringLiteral("Rewritten"));
    QCOMPARE(namesOf(issue.value(QStringLiteral("labels")).toArray()), QStringList{QStringLiteral("bug")});
    QCOMPARE(issue.value(QStringLiteral("milestone")).toObject().value(QStringLiteral("title")).toString(),
             QStringLiteral("v2"));
    QCOMPARE(issue.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    QCOMPARE(issue.value(QStringLiteral("state_reason")).toString(), QStringLiteral("not_planned"));
    QVERIFY(!issue.value(QStringLiteral("closed_at")).isNull());

    QCOMPARE(m_github->patch(path, QJsonObject{{QStringLiteral("state"), QStringLiteral("done")}}).status,
             422);
    QCOMPARE(m_github->patch(path, QJsonObject{{QStringLiteral("milestone"), 99}}).status, 422);
    QCOMPARE(m_server->issues(kOwner, kRepo).first(), issue); // refused changes change nothing

    const Reply reopened =
        m_github->patch(path, QJsonObject{{QStringLiteral("state"), QStringLiteral("open")},
                                          {QStringLiteral("milestone"), QJsonValue::Null}});
    QCOMPARE(reopened.json().value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    QVERIFY(reopened.json().value(QStringLiteral("milestone")).isNull());
    QVERIFY(reopened.json().value(QStringLiteral("closed_at")).isNull());
    QCOMPARE(m_github->patch(repoPath(QStringLiteral("/issues/77")), changes).status, 404);
}

void TestFakeGitHubServer::addsLabelsToAnIssue()
{
    QJsonObject fields = newIssue(QStringLiteral("Labelled"));
    fields.insert(QStringLiteral("labels"), QJsonArray{QStringLiteral("bug")});
    const int number = numberOf(m_github->post(repoPath(QStringLiteral("/issues")), fields));
    const Reply added = m_github->post(
        repoPath(QStringLiteral("/issues/%1/labels").arg(number)),
        QJsonObject{{QStringLiteral("labels"), QJsonArray{QStringLiteral("ui"), QStringLiteral("bug")}}});
    QCOMPARE(added.status, 200);
    QCOMPARE(namesOf(added.array()), (QStringList{QStringLiteral("bug"), QStringLiteral("ui")}));
    QCOMPARE(m_server->labels(kOwner, kRepo).size(), 2);
}

void TestFakeGitHubServer::listsByCreatorAndSinceWithPagination()
{
    const QDateTime earlier = QDateTime::fromString(QStringLiteral("2026-03-01T09:00:00Z"), Qt::ISODate);
    const QDateTime later = earlier.addSecs(3600);
    const QString issuesPath = repoPath(QStringLiteral("/issues"));
    m_server->setNow(earlier);
    m_github->post(issuesPath, newIssue(QStringLiteral("old by alice"))); // #1
    m_server->setNow(later);
    for (int i = 0; i < 3; ++i)
        m_github->post(issuesPath, newIssue(QStringLiteral("new by alice"))); // #2, #3, #4
    m_github->setAuthorization("Bearer " + kOtherToken.toUtf8());
    m_github->post(issuesPath, newIssue(QStringLiteral("new by bob"))); // #5
    m_github->setAuthorization("Bearer " + kToken.toUtf8());
    m_github->patch(repoPath(QStringLiteral("/issues/4")),
                    QJsonObject{{QStringLiteral("state"), QStringLiteral("closed")}});

    const QString query =
        QStringLiteral("?state=all&creator=alice&since=%1&per_page=2&sort=created&direction=desc")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(later.toString(Qt::ISODate))));
    const Reply firstPage = m_github->get(issuesPath + query + QStringLiteral("&page=1"));
    QCOMPARE(firstPage.status, 200);
    QCOMPARE(numbersOf(firstPage.array()), (QList<int>{4, 3}));
    const QByteArray firstLink = firstPage.headers.value("link");
    QVERIFY(firstLink.contains("page=2>; rel=\"next\""));
    QVERIFY(firstLink.contains("page=2>; rel=\"last\""));
    QVERIFY(firstLink.contains("creator=alice"));

    const Reply secondPage = m_github->get(issuesPath + query + QStringLiteral("&page=2"));
    QCOMPARE(numbersOf(secondPage.array()), QList<int>{2});
    QVERIFY(secondPage.headers.value("link").contains("page=1>; rel=\"first\""));
    QVERIFY(!secondPage.headers.value("link").contains("rel=\"next\""));

    // Open issues only by default, oldest first on request.
    QCOMPARE(numbersOf(m_github->get(issuesPath + QStringLiteral("?direction=asc")).array()),
             (QList<int>{1, 2, 3, 5}));
    QCOMPARE(numbersOf(m_github->get(issuesPath + QStringLiteral("?state=all&creator=bob")).array()),
             QList<int>{5});
    QCOMPARE(m_github->get(issuesPath + QStringLiteral("?since=yesterday")).status, 422);
}

void TestFakeGitHubServer::searchLagsBehindTheList()
{
    m_server->setSearchLagMs(200);
    const QString marker = QStringLiteral("<!-- docket:push-key=6f1c2d3e-0000-4000-8000-00000000abcd -->");
    const Reply created =
        m_github->post(repoPath(QStringLiteral("/issues")),
                       newIssue(QStringLiteral("Hidden key"), QStringLiteral("Text\n\n") + marker));
    QCOMPARE(created.status, 201);
    const QString search =
        QStringLiteral("/search/issues?q=") +
        QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral(
            "repo:acme/roadmap is:issue in:body \"docket:push-key=6f1c2d3e-0000-4000-8000-00000000abcd\"")));
    const auto found = [&] { return m_github->get(search).json(); };

    const QJsonObject before = found();
    QCOMPARE(before.value(QStringLiteral("total_count")).toInt(), 0);
    QCOMPARE(before.value(QStringLiteral("incomplete_results")).toBool(true), false);
    QCOMPARE(numbersOf(m_github->get(repoPath(QStringLiteral("/issues"))).array()), QList<int>{1});

    QTRY_COMPARE_WITH_TIMEOUT(found().value(QStringLiteral("total_count")).toInt(), 1, 5000);
    const QJsonArray items = found().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.first().toObject(), created.json());
}

void TestFakeGitHubServer::searchQualifiers()
{
    m_server->addRepository(kOwner, QStringLiteral("other"));
    QJsonObject labelled = newIssue(QStringLiteral("Export report"), QStringLiteral("CSV and PDF"));
    labelled.insert(QStringLiteral("labels"), QJsonArray{QStringLiteral("feature")});
    m_github->post(repoPath(QStringLiteral("/issues")), labelled); // #1
    m_github->post(repoPath(QStringLiteral("/issues")),
                   newIssue(QStringLiteral("Crash"), QStringLiteral("on export"))); // #2
    m_github->post(QStringLiteral("/repos/acme/other/issues"), newIssue(QStringLiteral("Export elsewhere")));
    const auto count = [&](const QString &q) {
        return m_github
            ->get(QStringLiteral("/search/issues?q=") + QString::fromLatin1(QUrl::toPercentEncoding(q)))
            .json()
            .value(QStringLiteral("total_count"))
            .toInt();
    };
    QCOMPARE(count(QStringLiteral("export")), 3);
    QCOMPARE(count(QStringLiteral("repo:acme/roadmap export")), 2);
    QCOMPARE(count(QStringLiteral("repo:acme/roadmap export label:feature")), 1);
    QCOMPARE(count(QStringLiteral("repo:acme/roadmap in:body export")), 1);
    QCOMPARE(count(QStringLiteral("repo:acme/roadmap \"csv and pdf\" is:issue")), 1);
    QCOMPARE(count(QStringLiteral("repo:acme/roadmap is:pr")), 0);
    QCOMPARE(count(QStringLiteral("repo:acme/roadmap missing-word")), 0);
}

void TestFakeGitHubServer::subIssuesAreLinkedByIdWithOneParent()
{
    const QString issuesPath = repoPath(QStringLiteral("/issues"));
    const Reply epic = m_github->post(issuesPath, newIssue(QStringLiteral("Epic")));
    const Reply child = m_github->post(issuesPath, newIssue(QStringLiteral("Story")));
    const Reply otherEpic = m_github->post(issuesPath, newIssue(QStringLiteral("Other epic")));
    const qint64 childId = child.json().value(QStringLiteral("id")).toInteger();
    const QString subIssuesPath = repoPath(QStringLiteral("/issues/%1/sub_issues").arg(numberOf(epic)));

    // The child's number is not its id.
    QCOMPARE(
        m_github->post(subIssuesPath, QJsonObject{{QStringLiteral("sub_issue_id"), numberOf(child)}}).status,
        422);
    QVERIFY(m_server->subIssues(kOwner, kRepo, numberOf(epic)).isEmpty());

    const Reply linked =
        m_github->post(subIssuesPath, QJsonObject{{QStringLiteral("sub_issue_id"), childId}});
    QCOMPARE(linked.status, 201);
    QCOMPARE(numberOf(linked), numberOf(epic));
    QCOMPARE(linked.json()
                 .value(QStringLiteral("sub_issues_summary"))
                 .toObject()
                 .value(QStringLiteral("total"))
                 .toInt(),
             1);
    QCOMPARE(numbersOf(m_github->get(subIssuesPath).array()), QList<int>{numberOf(child)});
    QCOMPARE(numberOf(m_github->get(repoPath(QStringLiteral("/issues/%1/parent").arg(numberOf(child))))),
             numberOf(epic));
    QCOMPARE(m_github->get(repoPath(QStringLiteral("/issues/%1/parent").arg(numberOf(epic)))).status, 404);

    const Reply secondParent =
        m_github->post(repoPath(QStringLiteral("/issues/%1/sub_issues").arg(numberOf(otherEpic))),
                       QJsonObject{{QStringLiteral("sub_issue_id"), childId}});
    QCOMPARE(secondParent.status, 422);
    QCOMPARE(m_github->post(subIssuesPath, QJsonObject{{QStringLiteral("sub_issue_id"), childId}}).status,
             422);
    QCOMPARE(m_server->subIssues(kOwner, kRepo, numberOf(epic)), QList<int>{numberOf(child)});
    QVERIFY(m_server->subIssues(kOwner, kRepo, numberOf(otherEpic)).isEmpty());
}

void TestFakeGitHubServer::failNextAnswersOnceWithTheGivenBody()
{
    m_server->failNext(500, R"({"message":"Server Error"})");
    const Reply serverError =
        m_github->post(repoPath(QStringLiteral("/issues")), newIssue(QStringLiteral("A")));
    QCOMPARE(serverError.status, 500);
    QCOMPARE(serverError.message(), QStringLiteral("Server Error"));

    const QByteArray page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    m_server->failNext(502, page, "text/html");
    const Reply badGateway = m_github->get(QStringLiteral("/user"));
    QCOMPARE(badGateway.status, 502);
    QCOMPARE(badGateway.headers.value("content-type"), QByteArray("text/html"));
    QCOMPARE(badGateway.body, page);

    QVERIFY(m_server->issues(kOwner, kRepo).isEmpty()); // a failed request did nothing
    QCOMPARE(m_github->post(repoPath(QStringLiteral("/issues")), newIssue(QStringLiteral("A"))).status, 201);
}

void TestFakeGitHubServer::droppedAnswerStillCreatedTheIssue()
{
    m_server->dropNextAfterProcessing();
    const Reply dropped =
        m_github->post(repoPath(QStringLiteral("/issues")), newIssue(QStringLiteral("Lost answer")));
    QVERIFY(dropped.error != QNetworkReply::NoError);
    QVERIFY(dropped.json().isEmpty());

    const QList<QJsonObject> issues = m_server->issues(kOwner, kRepo);
    QCOMPARE(issues.size(), 1); // created once, and QtNetwork did not send it again
    QCOMPARE(issues.first().value(QStringLiteral("title")).toString(), QStringLiteral("Lost answer"));
    QCOMPARE(m_github->get(repoPath(QStringLiteral("/issues/1"))).status, 200);
}

void TestFakeGitHubServer::stalledRequestTimesOutUnprocessed()
{
    m_server->stallNext();
    m_github->setTransferTimeoutMs(300);
    const Reply stalled =
        m_github->post(repoPath(QStringLiteral("/issues")), newIssue(QStringLiteral("Stalled")));
    QCOMPARE(stalled.status, 0);
    QVERIFY(stalled.error == QNetworkReply::OperationCanceledError ||
            stalled.error == QNetworkReply::TimeoutError);
    QVERIFY(m_server->issues(kOwner, kRepo).isEmpty());
    QCOMPARE(m_server->http().requests().size(), 1);

    QCOMPARE(m_github->get(QStringLiteral("/user")).status, 200); // the stall was one-shot
}

void TestFakeGitHubServer::latencyHoldsBackEveryAnswer()
{
    m_server->setLatencyMs(5000);
    m_github->setTransferTimeoutMs(200); // far shorter than the latency: the body cannot arrive in time
    for (int i = 0; i < 2; ++i)          // not one-shot
        QVERIFY(m_github->get(QStringLiteral("/user")).error != QNetworkReply::NoError);

    m_server->setLatencyMs(0);
    QCOMPARE(m_github->get(QStringLiteral("/user")).status, 200);
}

void TestFakeGitHubServer::secondaryRateLimitCarriesRetryAfter()
{
    m_server->secondaryRateLimitNext(7);
    const Reply forbidden =
        m_github->post(repoPath(QStringLiteral("/issues")), newIssue(QStringLiteral("A")));
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(forbidden.headers.value("retry-after"), QByteArray("7"));
    QVERIFY(forbidden.message().contains(QLatin1String("secondary rate limit")));
    QVERIFY(forbidden.headers.value("x-ratelimit-remaining").toInt() > 0); // not the primary limit

    m_server->secondaryRateLimitNext(3, true);
    const Reply tooMany = m_github->get(QStringLiteral("/user"));
    QCOMPARE(tooMany.status, 429);
    QCOMPARE(tooMany.headers.value("retry-after"), QByteArray("3"));

    QVERIFY(m_server->issues(kOwner, kRepo).isEmpty());
    QCOMPARE(m_github->get(QStringLiteral("/user")).status, 200);
}

void TestFakeGitHubServer::primaryRateLimitHoldsUntilReset()
{
    const qint64 reset = QDateTime::currentSecsSinceEpoch() + 1800;
    m_server->primaryRateLimitExhausted(reset);
    for (int i = 0; i < 2; ++i) { // not one-shot
        const Reply exhausted =
            m_github->post(repoPath(QStringLiteral("/issues")), newIssue(QStringLiteral("A")));
        QCOMPARE(exhausted.status, 403);
        QVERIFY(exhausted.message().startsWith(QLatin1String("API rate limit exceeded")));
        QCOMPARE(exhausted.headers.value("x-ratelimit-remaining"), QByteArray("0"));
        QCOMPARE(exhausted.headers.value("x-ratelimit-reset").toLongLong(), reset);
        QVERIFY(!exhausted.headers.contains("retry-after"));
    }
    QVERIFY(m_server->issues(kOwner, kRepo).isEmpty());

    m_server->resetPrimaryLimit();
    const Reply after = m_github->post(repoPath(QStringLiteral("/issues")), newIssue(QStringLiteral("A")));
    QCOMPARE(after.status, 201);
    QVERIFY(after.headers.value("x-ratelimit-remaining").toInt() > 0);
}

void TestFakeGitHubServer::expiredTokenGets401()
{
    QCOMPARE(m_github->get(QStringLiteral("/user")).status, 200);
    m_server->expireToken(kToken);
    const Reply expired = m_github->get(QStringLiteral("/user"));
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.message(), QStringLiteral("Bad credentials"));
    m_github->setAuthorization("Bearer " + kOtherToken.toUtf8());
    QCOMPARE(m_github->get(QStringLiteral("/user")).status, 200);
}

void TestFakeGitHubServer::writesTooCloseTogetherAreRefused()
{
    m_server->setMinimumWriteSpacingMs(60000);
    const QString issuesPath = repoPath(QStringLiteral("/issues"));
    QCOMPARE(m_github->post(issuesPath, newIssue(QStringLiteral("First"))).status, 201);
    QCOMPARE(m_github->get(issuesPath).status, 200); // reads are not paced
    const Reply tooSoon = m_github->patch(repoPath(QStringLiteral("/issues/1")),
                                          QJsonObject{{QStringLiteral("title"), QStringLiteral("Renamed")}});
    QCOMPARE(tooSoon.status, 403);
    QVERIFY(tooSoon.message().contains(QLatin1String("secondary rate limit")));
    const int retryAfter = tooSoon.headers.value("retry-after").toInt();
    QVERIFY(retryAfter > 0 && retryAfter <= 60);
    QCOMPARE(m_server->writeSpacingRefusals(), 1);
    QCOMPARE(m_server->writeTimestamps().size(), 1);
    QCOMPARE(m_server->issues(kOwner, kRepo).first().value(QStringLiteral("title")).toString(),
             QStringLiteral("First"));

    // With a short spacing, a write that waits for it goes through.
    m_server->setMinimumWriteSpacingMs(100);
    // qWaitFor, not QTRY_COMPARE: that posts once more after success, and the extra write is refused.
    const bool accepted = QTest::qWaitFor(
        [&] { return m_github->post(issuesPath, newIssue(QStringLiteral("Second"))).status == 201; }, 5000);
    QVERIFY(accepted);
    QVERIFY(m_server->writeSpacingRefusals() >= 1);
    const QList<qint64> writes = m_server->writeTimestamps();
    QCOMPARE(writes.size(), 2);
    QVERIFY(writes.at(1) - writes.at(0) >= 100);
}

QTEST_GUILESS_MAIN(TestFakeGitHubServer)
#include "tst_fake_github_server.moc"
