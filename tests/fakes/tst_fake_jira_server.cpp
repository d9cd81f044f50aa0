#include "fake_jira_server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;

// The emulator is checked the way Docket's Jira pusher will use it: over HTTP, with
// QNetworkAccessManager, on a site base and through the Cloud gateway.

namespace {

const QString kCloudId = u"3f0c5a1e-cloud"_s;
const QString kToken = u"oauth-access-alice"_s;
const QString kEmail = u"alice@example.com"_s;
const QString kApiToken = u"ATATT3xFfGF0alice"_s;
const QString kTeamField = u"customfield_10020"_s;

struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QJsonObject errors() const { return json().value(u"errors"_s).toObject(); }
    QStringList errorMessages() const
    {
        QStringList messages;
        for (const QJsonValue &message : json().value(u"errorMessages"_s).toArray())
            messages.append(message.toString());
        return messages;
    }
};

class Jira {
public:
    explicit Jira(const FakeJiraServer &server)
        : m_base(server.url().toString() + u"/rest/api/3"_s)
    {}

    void setBase(const QString &base) { m_base = base; }
    void setAuthorization(const QByteArray &authorization) { m_authorization = authorization; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }

    Reply get(const QString &path) { return send("GET", path, {}); }
    Reply post(const QString &path, const QJsonObject &body) { return send("POST", path, body); }
    Reply put(const QString &path, const QJsonObject &body) { return send("PUT", path, body); }

private:
    Reply send(const QByteArray &verb, const QString &path, const QJsonValue &body)
    {
        QNetworkRequest request(QUrl(m_base + path));
        request.setRawHeader("Accept", "application/json");
        if (!m_authorization.isEmpty())
            request.setRawHeader("Authorization", m_authorization);
        request.setTransferTimeout(m_transferTimeoutMs);
        QByteArray payload;
        if (body.isObject()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            payload = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
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

    QString m_base;
    QNetworkAccessManager m_network;
    QByteArray m_authorization = "Bearer " + kToken.toUtf8();
    int m_transferTimeoutMs = 0;
};

QByteArray basic(const QString &email, const QString &apiToken)
{
    return "Basic " + (email + u':' + apiToken).toUtf8().toBase64();
}

QJsonObject adf(const QString &text)
{
    const QJsonObject textNode{{u"type"_s, u"text"_s}, {u"text"_s, text}};
    const QJsonObject paragraph{{u"type"_s, u"paragraph"_s}, {u"content"_s, QJsonArray{textNode}}};
    return {{u"type"_s, u"doc"_s}, {u"version"_s, 1}, {u"content"_s, QJsonArray{paragraph}}};
}

// IssueUpdateDetails for a story in DOC; `extra` adds or replaces fields.
QJsonObject story(const QString &summary, const QJsonObject &extra = {})
{
    QJsonObject fields{{u"project"_s, QJsonObject{{u"key"_s, u"DOC"_s}}},
                       {u"issuetype"_s, QJsonObject{{u"name"_s, u"Story"_s}}},
                       {u"summary"_s, summary}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        fields.insert(it.key(), it.value());
    return {{u"fields"_s, fields}};
}

QJsonObject labelled(const QStringList &labels)
{
    return {{u"labels"_s, QJsonArray::fromStringList(labels)}};
}

QJsonObject search(const QString &jql, int maxResults, const QString &nextPageToken = {})
{
    QJsonObject body{
        {u"jql"_s, jql}, {u"maxResults"_s, maxResults}, {u"fields"_s, QJsonArray{u"summary"_s, u"labels"_s}}};
    if (!nextPageToken.isEmpty())
        body.insert(u"nextPageToken"_s, nextPageToken);
    return body;
}

QStringList keysOf(const QJsonArray &issues)
{
    QStringList keys;
    for (const QJsonValue &issue : issues)
        keys.append(issue.toObject().value(u"key"_s).toString());
    return keys;
}

QStringList namesOf(const QJsonArray &objects, const QString &field = u"name"_s)
{
    QStringList names;
    for (const QJsonValue &object : objects)
        names.append(object.toObject().value(field).toString());
    return names;
}

} // namespace

class TestFakeJiraServer : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void requestsNeedKnownCredentials();
    void expiredCredentialsGet401();
    void myselfOnBothLayouts();
    void projectsAndPrioritiesArePaged();
    void createMetaListsTypesAndRequiredFields();
    void createsAnIssueWithAnAtlassianDocument();
    void refusesADescriptionThatIsNotADocument();
    void refusesALabelWithASpace();
    void refusesAMissingRequiredFieldAndUnknownFields();
    void parentsFollowTheHierarchy();
    void bulkCreatesTheValidOnesAndReportsTheOthers();
    void bulkTakesAtMostFifty();
    void searchesByLabelWithPagination();
    void searchesByKeyAndProject();
    void refusesJqlThatNamesNothing();
    void linksIssues();
    void putUpdatesAnIssue();
    void rateLimitCarriesRetryAfter();
    void failNextAnswersOnceWithTheGivenBody();
    void droppedAnswerStillCreatedOneIssue();
    void stalledRequestTimesOutUnprocessed();
    void latencyHoldsBackEveryAnswer();

private:
    FakeJiraServer *m_server = nullptr;
    Jira *m_jira = nullptr;
};

void TestFakeJiraServer::init()
{
    m_server = new FakeJiraServer;
    m_server->addSite(kCloudId);
    m_server->addToken(kToken, kEmail);
    m_server->addBasicCredentials(kEmail, kApiToken);
    m_server->addProject(u"DOC"_s, u"Docket"_s);
    m_server->addProject(u"LAB"_s, u"Research lab"_s, {u"Epic"_s, u"Story"_s, u"Spike"_s});
    m_server->requireField(u"DOC"_s, u"Bug"_s, kTeamField, u"Team"_s);
    m_jira = new Jira(*m_server);
}

void TestFakeJiraServer::cleanup()
{
    delete m_jira;
    delete m_server;
}

void TestFakeJiraServer::requestsNeedKnownCredentials()
{
    m_jira->setAuthorization({});
    const Reply anonymous = m_jira->get(u"/myself"_s);
    QCOMPARE(anonymous.status, 401);
    QVERIFY(anonymous.errorMessages().value(0).startsWith(u"You are not authenticated"_s));
    QVERIFY(anonymous.json().value(u"errors"_s).isObject());

    m_jira->setAuthorization("Bearer not-a-token");
    QCOMPARE(m_jira->get(u"/myself"_s).status, 401);
    m_jira->setAuthorization(basic(kEmail, u"wrong"_s));
    QCOMPARE(m_jira->get(u"/myself"_s).status, 401);
    m_jira->setAuthorization("Bearer " + kApiToken.toUtf8()); // an API token is for Basic only
    QCOMPARE(m_jira->get(u"/myself"_s).status, 401);

    m_jira->setAuthorization(basic(kEmail, kApiToken));
    const Reply byBasic = m_jira->get(u"/myself"_s);
    QCOMPARE(byBasic.status, 200);
    QCOMPARE(byBasic.json().value(u"emailAddress"_s).toString(), kEmail);
    m_jira->setAuthorization("Bearer " + kToken.toUtf8());
    const Reply byBearer = m_jira->get(u"/myself"_s);
    QCOMPARE(byBearer.status, 200);
    QCOMPARE(byBearer.json().value(u"accountId"_s), byBasic.json().value(u"accountId"_s));
}

void TestFakeJiraServer::expiredCredentialsGet401()
{
    m_server->expireToken(kToken);
    QCOMPARE(m_jira->get(u"/myself"_s).status, 401);
    m_jira->setAuthorization(basic(kEmail, kApiToken));
    QCOMPARE(m_jira->get(u"/myself"_s).status, 200);
    m_server->expireToken(kApiToken);
    QCOMPARE(m_jira->get(u"/myself"_s).status, 401);
    QVERIFY(m_server->issues().isEmpty());
}

void TestFakeJiraServer::myselfOnBothLayouts()
{
    const QString siteBase = m_server->url().toString();
    const QString cloudBase = m_server->cloudUrl(kCloudId).toString();
    for (const QString &base : {siteBase + u"/rest/api/3"_s, siteBase + u"/rest/api/2"_s,
                                cloudBase + u"/rest/api/3"_s, cloudBase + u"/rest/api/2"_s}) {
        m_jira->setBase(base);
        const Reply me = m_jira->get(u"/myself"_s);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(u"displayName"_s).toString(), u"alice"_s);
        QVERIFY(me.json().value(u"self"_s).toString().startsWith(base + u"/user?accountId="_s));
    }
    m_jira->setBase(siteBase + u"/ex/jira/unknown-site/rest/api/3"_s);
    QCOMPARE(m_jira->get(u"/myself"_s).status, 404);
    m_jira->setBase(siteBase + u"/rest/api/4"_s);
    QCOMPARE(m_jira->get(u"/myself"_s).status, 404);
}

void TestFakeJiraServer::projectsAndPrioritiesArePaged()
{
    const Reply first = m_jira->get(u"/project/search?maxResults=1"_s);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(u"total"_s).toInt(), 2);
    QCOMPARE(first.json().value(u"isLast"_s).toBool(), false);
    QCOMPARE(namesOf(first.json().value(u"values"_s).toArray(), u"key"_s), QStringList{u"DOC"_s});
    const QUrl next(first.json().value(u"nextPage"_s).toString());
    const Reply second = m_jira->get(u"/project/search?"_s + next.query());
    QCOMPARE(second.json().value(u"isLast"_s).toBool(), true);
    QCOMPARE(namesOf(second.json().value(u"values"_s).toArray(), u"key"_s), QStringList{u"LAB"_s});

    const QStringList priorities{u"Highest"_s, u"High"_s, u"Medium"_s, u"Low"_s, u"Lowest"_s};
    const Reply page = m_jira->get(u"/priority/search"_s);
    QCOMPARE(page.status, 200);
    QCOMPARE(namesOf(page.json().value(u"values"_s).toArray()), priorities);
    QCOMPARE(namesOf(m_jira->get(u"/priority"_s).array()), priorities);
}

void TestFakeJiraServer::createMetaListsTypesAndRequiredFields()
{
    const Reply docTypes = m_jira->get(u"/issue/createmeta/DOC/issuetypes"_s);
    QCOMPARE(docTypes.status, 200);
    const QJsonArray types = docTypes.json().value(u"issueTypes"_s).toArray();
    QCOMPARE(namesOf(types), (QStringList{u"Epic"_s, u"Story"_s, u"Task"_s, u"Bug"_s}));
    QCOMPARE(docTypes.json().value(u"total"_s).toInt(), 4);
    const Reply labTypes = m_jira->get(u"/issue/createmeta/LAB/issuetypes"_s);
    QCOMPARE(namesOf(labTypes.json().value(u"issueTypes"_s).toArray()),
             (QStringList{u"Epic"_s, u"Story"_s, u"Spike"_s}));
    QCOMPARE(m_jira->get(u"/issue/createmeta/NOPE/issuetypes"_s).status, 404);

    QString bugId;
    QString epicId;
    for (const QJsonValue &type : types) {
        if (type[u"name"_s] == u"Bug"_s)
            bugId = type[u"id"_s].toString();
        if (type[u"name"_s] == u"Epic"_s)
            epicId = type[u"id"_s].toString();
    }
    const Reply bugFields = m_jira->get(u"/issue/createmeta/DOC/issuetypes/"_s + bugId);
    QCOMPARE(bugFields.status, 200);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &field : bugFields.json().value(u"fields"_s).toArray())
        byId.insert(field[u"fieldId"_s].toString(), field.toObject());
    QCOMPARE(byId.value(kTeamField).value(u"required"_s).toBool(), true);
    QCOMPARE(byId.value(kTeamField).value(u"name"_s).toString(), u"Team"_s);
    QCOMPARE(byId.value(u"summary"_s).value(u"required"_s).toBool(), true);
    QCOMPARE(byId.value(u"labels"_s).value(u"required"_s).toBool(), false);
    QCOMPARE(namesOf(byId.value(u"priority"_s).value(u"allowedValues"_s).toArray()).size(), 5);
    QVERIFY(byId.contains(u"parent"_s)); // a bug can sit under an epic

    const Reply epicFields = m_jira->get(u"/issue/createmeta/DOC/issuetypes/"_s + epicId);
    const QStringList epicFieldIds = namesOf(epicFields.json().value(u"fields"_s).toArray(), u"fieldId"_s);
    QVERIFY(!epicFieldIds.contains(kTeamField)); // required for bugs only
    QVERIFY(!epicFieldIds.contains(u"parent"_s));
    QCOMPARE(m_jira->get(u"/issue/createmeta/DOC/issuetypes/99999"_s).status, 404);
}

void TestFakeJiraServer::createsAnIssueWithAnAtlassianDocument()
{
    const QJsonObject priority{{u"name"_s, u"High"_s}};
    const Reply created = m_jira->post(
        u"/issue"_s, story(u"Export to CSV"_s, {{u"description"_s, adf(u"As a user I export."_s)},
                                                {u"priority"_s, priority},
                                                {u"labels"_s, QJsonArray{u"docket"_s, u"csv"_s}}}));
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(u"id"_s).toString();
    QVERIFY(id.toLongLong() > 0); // a numeric string
    QCOMPARE(created.json().value(u"key"_s).toString(), u"DOC-1"_s);
    QCOMPARE(created.json().value(u"self"_s).toString(),
             m_server->url().toString() + u"/rest/api/3/issue/"_s + id);

    const Reply fetched = m_jira->get(u"/issue/DOC-1"_s);
    QCOMPARE(fetched.status, 200);
    const QJsonObject fields = fetched.json().value(u"fields"_s).toObject();
    QCOMPARE(fields.value(u"summary"_s).toString(), u"Export to CSV"_s);
    QCOMPARE(fields.value(u"description"_s).toObject(), adf(u"As a user I export."_s));
    QCOMPARE(fields.value(u"priority"_s)[u"name"_s].toString(), u"High"_s);
    QCOMPARE(fields.value(u"issuetype"_s)[u"name"_s].toString(), u"Story"_s);
    QCOMPARE(fields.value(u"labels"_s).toArray(), (QJsonArray{u"docket"_s, u"csv"_s}));
    QCOMPARE(fields.value(u"project"_s)[u"key"_s].toString(), u"DOC"_s);
    QCOMPARE(m_jira->get(u"/issue/"_s + id).json().value(u"key"_s).toString(), u"DOC-1"_s);

    // Version 2 reads the same issue as plain text; a gateway read has the gateway's self.
    m_jira->setBase(m_server->cloudUrl(kCloudId).toString() + u"/rest/api/2"_s);
    const Reply inVersion2 = m_jira->get(u"/issue/DOC-1"_s);
    QCOMPARE(inVersion2.json().value(u"fields"_s)[u"description"_s].toString(), u"As a user I export."_s);
    QVERIFY(inVersion2.json().value(u"self"_s).toString().contains(u"/ex/jira/"_s + kCloudId));

    const Reply second = m_jira->post(u"/issue"_s, story(u"No priority given"_s));
    QCOMPARE(second.json().value(u"key"_s).toString(), u"DOC-2"_s);
    QCOMPARE(m_server->issues().size(), 2);
    QCOMPARE(m_server->issues().at(1).value(u"fields"_s)[u"priority"_s][u"name"_s].toString(), u"Medium"_s);
    QCOMPARE(m_jira->get(u"/issue/DOC-99"_s).status, 404);
}

void TestFakeJiraServer::refusesADescriptionThatIsNotADocument()
{
    const Reply plain = m_jira->post(u"/issue"_s, story(u"A"_s, {{u"description"_s, u"Just text"_s}}));
    QCOMPARE(plain.status, 400);
    QCOMPARE(plain.errors().value(u"description"_s).toString(),
             u"Operation value must be an Atlassian Document"_s);
    QVERIFY(plain.errorMessages().isEmpty());

    QJsonObject withoutVersion = adf(u"Text"_s);
    withoutVersion.remove(u"version"_s);
    QCOMPARE(m_jira->post(u"/issue"_s, story(u"A"_s, {{u"description"_s, withoutVersion}})).status, 400);
    const QJsonObject emptyText{
        {u"type"_s, u"doc"_s},
        {u"version"_s, 1},
        {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u""_s}}}}};
    QCOMPARE(m_jira->post(u"/issue"_s, story(u"A"_s, {{u"description"_s, emptyText}})).status, 400);
    QVERIFY(m_server->issues().isEmpty());

    // Version 2 takes the plain text and keeps it as a document.
    m_jira->setBase(m_server->url().toString() + u"/rest/api/2"_s);
    QCOMPARE(m_jira->post(u"/issue"_s, story(u"A"_s, {{u"description"_s, u"Just text"_s}})).status, 201);
    QCOMPARE(m_server->issues().first().value(u"fields"_s)[u"description"_s].toObject(), adf(u"Just text"_s));
}

void TestFakeJiraServer::refusesALabelWithASpace()
{
    const Reply refused = m_jira->post(u"/issue"_s, story(u"A"_s, labelled({u"ok"_s, u"has space"_s})));
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.errors().value(u"labels"_s).toString().contains(u"has space"_s));
    QVERIFY(m_server->issues().isEmpty());
}

void TestFakeJiraServer::refusesAMissingRequiredFieldAndUnknownFields()
{
    QJsonObject bug = story(u"Crash on save"_s);
    QJsonObject fields = bug.value(u"fields"_s).toObject();
    fields.insert(u"issuetype"_s, QJsonObject{{u"name"_s, u"Bug"_s}});
    bug.insert(u"fields"_s, fields);
    const Reply missing = m_jira->post(u"/issue"_s, bug);
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errors().value(kTeamField).toString(), u"Team is required."_s);

    const Reply unknown = m_jira->post(u"/issue"_s, story(u"A"_s, {{u"customfield_99999"_s, u"x"_s}}));
    QCOMPARE(unknown.status, 400);
    QVERIFY(unknown.errors().value(u"customfield_99999"_s).toString().contains(u"cannot be set"_s));

    const Reply spike =
        m_jira->post(u"/issue"_s, story(u"A"_s, {{u"issuetype"_s, QJsonObject{{u"name"_s, u"Spike"_s}}}}));
    QCOMPARE(spike.status, 400); // DOC has no Spike
    QVERIFY(spike.errors().contains(u"issuetype"_s));
    const Reply noSummary =
        m_jira->post(u"/issue"_s, story(u"  "_s, {{u"priority"_s, QJsonObject{{u"name"_s, u"Urgent"_s}}}}));
    QCOMPARE(noSummary.status, 400);
    QVERIFY(noSummary.errors().contains(u"summary"_s));
    QVERIFY(noSummary.errors().contains(u"priority"_s)); // every problem at once
    QVERIFY(m_server->issues().isEmpty());

    fields.insert(kTeamField, u"Platform"_s);
    bug.insert(u"fields"_s, fields);
    QCOMPARE(m_jira->post(u"/issue"_s, bug).status, 201);
    QCOMPARE(m_server->issues().first().value(u"fields"_s)[kTeamField].toString(), u"Platform"_s);
}

void TestFakeJiraServer::parentsFollowTheHierarchy()
{
    const Reply epic =
        m_jira->post(u"/issue"_s, story(u"Epic"_s, {{u"issuetype"_s, QJsonObject{{u"name"_s, u"Epic"_s}}}}));
    QCOMPARE(epic.status, 201);
    const QJsonObject underEpic{{u"key"_s, epic.json().value(u"key"_s)}};
    const Reply child = m_jira->post(u"/issue"_s, story(u"Child"_s, {{u"parent"_s, underEpic}}));
    QCOMPARE(child.status, 201);
    QCOMPARE(m_server->issues().at(1).value(u"fields"_s)[u"parent"_s][u"key"_s].toString(), u"DOC-1"_s);

    const QJsonObject underStory{{u"id"_s, child.json().value(u"id"_s)}};
    const Reply grandChild = m_jira->post(u"/issue"_s, story(u"Grandchild"_s, {{u"parent"_s, underStory}}));
    QCOMPARE(grandChild.status, 400);
    QVERIFY(grandChild.errors().contains(u"parent"_s));
    const Reply orphan =
        m_jira->post(u"/issue"_s, story(u"Orphan"_s, {{u"parent"_s, QJsonObject{{u"key"_s, u"DOC-404"_s}}}}));
    QCOMPARE(orphan.status, 400);
    QCOMPARE(m_server->issues().size(), 2);
}

void TestFakeJiraServer::bulkCreatesTheValidOnesAndReportsTheOthers()
{
    const QJsonArray updates{story(u"First"_s), story(u"Second"_s, labelled({u"bad label"_s})),
                             story(u"Third"_s)};
    const Reply bulk = m_jira->post(u"/issue/bulk"_s, {{u"issueUpdates"_s, updates}});
    QCOMPARE(bulk.status, 201);
    QCOMPARE(keysOf(bulk.json().value(u"issues"_s).toArray()), (QStringList{u"DOC-1"_s, u"DOC-2"_s}));
    const QJsonArray errors = bulk.json().value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0)[u"failedElementNumber"_s].toInt(), 1);
    QCOMPARE(errors.at(0)[u"status"_s].toInt(), 400);
    QVERIFY(errors.at(0)[u"elementErrors"_s][u"errors"_s][u"labels"_s].toString().contains(u"bad label"_s));
    QStringList summaries;
    for (const QJsonObject &issue : m_server->issues())
        summaries.append(issue.value(u"fields"_s)[u"summary"_s].toString());
    QCOMPARE(summaries, (QStringList{u"First"_s, u"Third"_s}));

    const Reply allBad = m_jira->post(u"/issue/bulk"_s, {{u"issueUpdates"_s, QJsonArray{story(QString())}}});
    QCOMPARE(allBad.status, 400);
    QCOMPARE(allBad.json().value(u"errors"_s).toArray().at(0)[u"failedElementNumber"_s].toInt(), 0);
    QCOMPARE(m_server->issues().size(), 2);
}

void TestFakeJiraServer::bulkTakesAtMostFifty()
{
    QJsonArray updates;
    for (int i = 1; i <= 51; ++i)
        updates.append(story(u"Story %1"_s.arg(i)));
    const Reply tooMany = m_jira->post(u"/issue/bulk"_s, {{u"issueUpdates"_s, updates}});
    QCOMPARE(tooMany.status, 400);
    QVERIFY(!tooMany.errorMessages().isEmpty());
    QVERIFY(m_server->issues().isEmpty());

    updates.removeLast();
    const Reply fifty = m_jira->post(u"/issue/bulk"_s, {{u"issueUpdates"_s, updates}});
    QCOMPARE(fifty.status, 201);
    QCOMPARE(fifty.json().value(u"issues"_s).toArray().size(), 50);
    QCOMPARE(m_server->issues().size(), 50);
}

void TestFakeJiraServer::searchesByLabelWithPagination()
{
    for (int i = 1; i <= 5; ++i)
        QCOMPARE(m_jira->post(u"/issue"_s, story(u"Seeded %1"_s.arg(i), labelled({u"docket-seed"_s}))).status,
                 201);
    QCOMPARE(m_jira->post(u"/issue"_s, story(u"Other"_s, labelled({u"other"_s}))).status, 201);

    // At once, with no lag, newest first, two at a time.
    const QString jql = u"labels = \"docket-seed\""_s;
    QStringList keys;
    QString token;
    int pages = 0;
    for (bool isLast = false; !isLast; ++pages) {
        const Reply page = m_jira->post(u"/search/jql"_s, search(jql, 2, token));
        QCOMPARE(page.status, 200);
        const QJsonArray issues = page.json().value(u"issues"_s).toArray();
        QVERIFY(issues.size() <= 2);
        QCOMPARE(issues.at(0)[u"fields"_s][u"labels"_s].toArray(), QJsonArray{u"docket-seed"_s});
        keys += keysOf(issues);
        isLast = page.json().value(u"isLast"_s).toBool();
        token = page.json().value(u"nextPageToken"_s).toString();
        QCOMPARE(token.isEmpty(), isLast); // no token on the last page
        QVERIFY(pages < 5);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(keys, (QStringList{u"DOC-5"_s, u"DOC-4"_s, u"DOC-3"_s, u"DOC-2"_s, u"DOC-1"_s}));

    const Reply either =
        m_jira->post(u"/search/jql"_s, search(u"labels in (other, \"docket-seed\") ORDER BY key ASC"_s, 50));
    QCOMPARE(keysOf(either.json().value(u"issues"_s).toArray()).size(), 6);
    QCOMPARE(keysOf(either.json().value(u"issues"_s).toArray()).first(), u"DOC-1"_s);
    const Reply byGet = m_jira->get(u"/search/jql?jql=project%20%3D%20DOC&fields=summary&maxResults=4"_s);
    QCOMPARE(keysOf(byGet.json().value(u"issues"_s).toArray()),
             (QStringList{u"DOC-6"_s, u"DOC-5"_s, u"DOC-4"_s, u"DOC-3"_s}));
    QCOMPARE(byGet.json().value(u"isLast"_s).toBool(), false);

    // A token belongs to its query.
    const Reply first = m_jira->post(u"/search/jql"_s, search(jql, 2));
    const QString firstToken = first.json().value(u"nextPageToken"_s).toString();
    QCOMPARE(m_jira->post(u"/search/jql"_s, search(u"project = DOC"_s, 2, firstToken)).status, 400);
}

void TestFakeJiraServer::searchesByKeyAndProject()
{
    for (int i = 1; i <= 3; ++i)
        QCOMPARE(m_jira->post(u"/issue"_s, story(u"S%1"_s.arg(i))).status, 201);
    const QJsonObject labStory{
        {u"fields"_s, QJsonObject{{u"project"_s, QJsonObject{{u"key"_s, u"LAB"_s}}},
                                  {u"issuetype"_s, QJsonObject{{u"name"_s, u"Spike"_s}}},
                                  {u"summary"_s, u"Try it"_s}}}};
    QCOMPARE(m_jira->post(u"/issue"_s, labStory).json().value(u"key"_s).toString(), u"LAB-1"_s);

    const Reply byKey =
        m_jira->post(u"/search/jql"_s, search(u"key in (DOC-1, DOC-3) ORDER BY key ASC"_s, 50));
    QCOMPARE(keysOf(byKey.json().value(u"issues"_s).toArray()), (QStringList{u"DOC-1"_s, u"DOC-3"_s}));
    const Reply byProject = m_jira->post(u"/search/jql"_s, search(u"project = LAB"_s, 50));
    QCOMPARE(keysOf(byProject.json().value(u"issues"_s).toArray()), QStringList{u"LAB-1"_s});
    const Reply both = m_jira->post(u"/search/jql"_s, search(u"project = DOC AND key != DOC-2"_s, 50));
    QCOMPARE(keysOf(both.json().value(u"issues"_s).toArray()), (QStringList{u"DOC-3"_s, u"DOC-1"_s}));

    // Without fields, Jira gives ids only.
    const Reply idsOnly = m_jira->post(u"/search/jql"_s, {{u"jql"_s, u"project = LAB"_s}});
    const QJsonObject onlyIssue = idsOnly.json().value(u"issues"_s).toArray().at(0).toObject();
    QCOMPARE(onlyIssue.keys(), QStringList{u"id"_s});
}

void TestFakeJiraServer::refusesJqlThatNamesNothing()
{
    QCOMPARE(m_jira->post(u"/issue"_s, story(u"S1"_s)).status, 201);
    const Reply unknownKey = m_jira->post(u"/search/jql"_s, search(u"key in (DOC-1, DOC-9)"_s, 50));
    QCOMPARE(unknownKey.status, 400);
    QVERIFY(unknownKey.errorMessages().value(0).contains(u"DOC-9"_s));
    QCOMPARE(m_jira->post(u"/search/jql"_s, search(u"project = NOPE"_s, 50)).status, 400);
    QCOMPARE(m_jira->post(u"/search/jql"_s, search(QString(), 50)).status, 400); // unbounded
    QCOMPARE(m_jira->post(u"/search/jql"_s, search(u"summary ~ save"_s, 50)).status, 400);
    QCOMPARE(m_jira->post(u"/search/jql"_s, search(u"project = DOC ORDER BY rank"_s, 50)).status, 400);
    QCOMPARE(m_jira->post(u"/search/jql"_s, search(u"labels in (a, b"_s, 50)).status, 400);
}

void TestFakeJiraServer::linksIssues()
{
    QCOMPARE(m_jira->post(u"/issue"_s, story(u"Blocker"_s)).status, 201);
    QCOMPARE(m_jira->post(u"/issue"_s, story(u"Blocked"_s)).status, 201);
    const QJsonObject link{{u"type"_s, QJsonObject{{u"name"_s, u"Blocks"_s}}},
                           {u"inwardIssue"_s, QJsonObject{{u"key"_s, u"DOC-1"_s}}},
                           {u"outwardIssue"_s, QJsonObject{{u"key"_s, u"DOC-2"_s}}}};
    const Reply created = m_jira->post(u"/issueLink"_s, link);
    QCOMPARE(created.status, 201);
    QVERIFY(created.body.isEmpty());
    QCOMPARE(m_jira->post(u"/issueLink"_s, link).status, 201); // the same link again is still one

    const QList<QJsonObject> links = m_server->links();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first()[u"type"_s][u"name"_s].toString(), u"Blocks"_s);
    QCOMPARE(links.first()[u"inwardIssue"_s][u"key"_s].toString(), u"DOC-1"_s);
    QCOMPARE(links.first()[u"outwardIssue"_s][u"key"_s].toString(), u"DOC-2"_s);
    const QJsonArray seenFromFirst =
        m_jira->get(u"/issue/DOC-1"_s).json().value(u"fields"_s)[u"issuelinks"_s].toArray();
    QCOMPARE(seenFromFirst.size(), 1);
    QCOMPARE(seenFromFirst.at(0)[u"outwardIssue"_s][u"key"_s].toString(), u"DOC-2"_s);

    QJsonObject unknownType = link;
    unknownType.insert(u"type"_s, QJsonObject{{u"name"_s, u"Haunts"_s}});
    QCOMPARE(m_jira->post(u"/issueLink"_s, unknownType).status, 404);
    QJsonObject missingIssue = link;
    missingIssue.insert(u"outwardIssue"_s, QJsonObject{{u"key"_s, u"DOC-77"_s}});
    QCOMPARE(m_jira->post(u"/issueLink"_s, missingIssue).status, 404);
    QCOMPARE(m_server->links().size(), 1);
}

void TestFakeJiraServer::putUpdatesAnIssue()
{
    QCOMPARE(m_jira->post(u"/issue"_s, story(u"Before"_s, labelled({u"a"_s}))).status, 201);
    const QJsonObject fields{{u"summary"_s, u"After"_s},
                             {u"description"_s, adf(u"New text"_s)},
                             {u"priority"_s, QJsonObject{{u"name"_s, u"Low"_s}}}};
    const QJsonObject update{
        {u"labels"_s, QJsonArray{QJsonObject{{u"add"_s, u"b"_s}}, QJsonObject{{u"remove"_s, u"a"_s}}}}};
    const Reply updated = m_jira->put(u"/issue/DOC-1"_s, {{u"fields"_s, fields}, {u"update"_s, update}});
    QCOMPARE(updated.status, 204);
    QVERIFY(updated.body.isEmpty());
    const QJsonObject after = m_jira->get(u"/issue/DOC-1"_s).json().value(u"fields"_s).toObject();
    QCOMPARE(after.value(u"summary"_s).toString(), u"After"_s);
    QCOMPARE(after.value(u"description"_s).toObject(), adf(u"New text"_s));
    QCOMPARE(after.value(u"priority"_s)[u"name"_s].toString(), u"Low"_s);
    QCOMPARE(after.value(u"labels"_s).toArray(), QJsonArray{u"b"_s});

    const QJsonObject bad{{u"summary"_s, u"Changed"_s}, {u"labels"_s, QJsonArray{u"with space"_s}}};
    QCOMPARE(m_jira->put(u"/issue/DOC-1"_s, {{u"fields"_s, bad}}).status, 400);
    const QJsonObject moved{{u"project"_s, QJsonObject{{u"key"_s, u"LAB"_s}}}};
    QCOMPARE(m_jira->put(u"/issue/DOC-1"_s, {{u"fields"_s, moved}}).status, 400);
    QCOMPARE(m_server->issues().first().value(u"fields"_s)[u"summary"_s].toString(), u"After"_s);
    QCOMPARE(m_jira->put(u"/issue/DOC-9"_s, {{u"fields"_s, fields}}).status, 404);
}

void TestFakeJiraServer::rateLimitCarriesRetryAfter()
{
    m_server->rateLimitNext(7);
    const Reply limited = m_jira->post(u"/issue"_s, story(u"A"_s));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.headers.value("retry-after"), QByteArray("7"));
    QVERIFY(m_server->issues().isEmpty());
    QCOMPARE(m_jira->post(u"/issue"_s, story(u"A"_s)).status, 201); // one-shot
}

void TestFakeJiraServer::failNextAnswersOnceWithTheGivenBody()
{
    m_server->failNext(500, R"({"errorMessages":["Internal server error"],"errors":{}})");
    const Reply serverError = m_jira->post(u"/issue"_s, story(u"A"_s));
    QCOMPARE(serverError.status, 500);
    QCOMPARE(serverError.errorMessages(), QStringList{u"Internal server error"_s});

    const QByteArray page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    m_server->failNext(502, page, "text/html");
    const Reply badGateway = m_jira->get(u"/myself"_s);
    QCOMPARE(badGateway.status, 502);
    QCOMPARE(badGateway.headers.value("content-type"), QByteArray("text/html"));
    QCOMPARE(badGateway.body, page);

    QVERIFY(m_server->issues().isEmpty()); // a failed request did nothing
    QCOMPARE(m_jira->post(u"/issue"_s, story(u"A"_s)).status, 201);
}

void TestFakeJiraServer::droppedAnswerStillCreatedOneIssue()
{
    m_server->dropNextAfterProcessing();
    const Reply dropped = m_jira->post(u"/issue"_s, story(u"Lost answer"_s));
    QVERIFY(dropped.error != QNetworkReply::NoError);
    QVERIFY(dropped.json().isEmpty());

    QCOMPARE(m_server->issues().size(), 1); // created once, and QtNetwork did not send it again
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_jira->get(u"/issue/DOC-1"_s).json().value(u"fields"_s)[u"summary"_s].toString(),
             u"Lost answer"_s);

    // An answer without a body never comes: the edit was made, the client gives up waiting.
    m_server->dropNextAfterProcessing();
    m_jira->setTransferTimeoutMs(300);
    const QJsonObject renamed{{u"summary"_s, u"Renamed"_s}};
    const Reply lostEdit = m_jira->put(u"/issue/DOC-1"_s, {{u"fields"_s, renamed}});
    QCOMPARE(lostEdit.status, 0);
    QVERIFY(lostEdit.error != QNetworkReply::NoError);
    QCOMPARE(m_server->issues().first().value(u"fields"_s)[u"summary"_s].toString(), u"Renamed"_s);
    QCOMPARE(m_server->requestCount(), 3);
}

void TestFakeJiraServer::stalledRequestTimesOutUnprocessed()
{
    m_server->stallNext();
    m_jira->setTransferTimeoutMs(300);
    const Reply stalled = m_jira->post(u"/issue"_s, story(u"Stalled"_s));
    QCOMPARE(stalled.status, 0);
    QVERIFY(stalled.error == QNetworkReply::OperationCanceledError ||
            stalled.error == QNetworkReply::TimeoutError);
    QVERIFY(m_server->issues().isEmpty());
    QCOMPARE(m_server->http().requests().size(), 1);
    QCOMPARE(m_jira->get(u"/myself"_s).status, 200); // the stall was one-shot
}

void TestFakeJiraServer::latencyHoldsBackEveryAnswer()
{
    m_server->setLatencyMs(5000);
    m_jira->setTransferTimeoutMs(200); // far shorter than the latency: the body cannot arrive in time
    for (int i = 0; i < 2; ++i)        // not one-shot
        QVERIFY(m_jira->get(u"/myself"_s).error != QNetworkReply::NoError);
    m_server->setLatencyMs(0);
    QCOMPARE(m_jira->get(u"/myself"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestFakeJiraServer)
#include "tst_fake_jira_server.moc"
