#include "fake_linear_server.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QUuid>

// The emulator is checked the way Docket's Linear pusher will use it: GraphQL documents over HTTP,
// with QNetworkAccessManager, every argument passed as a variable.

namespace {

const QString kOAuthToken = QStringLiteral("lin_oauth_alice0123456789");
const QString kApiKey = QStringLiteral("lin_api_alice0123456789");

const QString kViewerQuery = QStringLiteral("query Me { viewer { id name email } }");
const QString kIssueCreate =
    QStringLiteral("mutation Create($input: IssueCreateInput!) { issueCreate(input: $input) "
                   "{ success issue { id identifier } } }");
const QString kIssueBatchCreate = QStringLiteral(
    "mutation Batch($issues: [IssueCreateInput!]!) { issueBatchCreate(input: {issues: $issues}) "
    "{ success issues { id identifier parent { id } } } }");
const QString kIssueUpdate = QStringLiteral(
    "mutation Update($id: String!, $input: IssueUpdateInput!) { issueUpdate(id: $id, input: $input) "
    "{ success issue { id title } } }");
const QString kIssuesQuery =
    QStringLiteral("query Issues($filter: IssueFilter, $first: Int, $after: String) "
                   "{ issues(filter: $filter, first: $first, after: $after) "
                   "{ nodes { id identifier } pageInfo { hasNextPage endCursor } } }");

struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    // The answer of the operation's root field.
    QJsonObject data(const QString &field) const
    {
        return json().value(QStringLiteral("data")).toObject().value(field).toObject();
    }
    QJsonObject firstError() const
    {
        return json().value(QStringLiteral("errors")).toArray().first().toObject();
    }
    QString errorMessage() const { return firstError().value(QStringLiteral("message")).toString(); }
    QString errorType() const
    {
        return firstError()
            .value(QStringLiteral("extensions"))
            .toObject()
            .value(QStringLiteral("type"))
            .toString();
    }
};

class Linear {
public:
    explicit Linear(const FakeLinearServer &server)
        : m_server(server)
    {}

    void setAuthorization(const QByteArray &authorization) { m_authorization = authorization; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }

    Reply post(const QString &query, const QJsonObject &variables = {})
    {
        QNetworkRequest request(m_server.graphqlUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!m_authorization.isEmpty())
            request.setRawHeader("Authorization", m_authorization);
        request.setTransferTimeout(m_transferTimeoutMs);
        const QJsonObject body{{QStringLiteral("query"), query}, {QStringLiteral("variables"), variables}};
        QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
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

private:
    const FakeLinearServer &m_server;
    QNetworkAccessManager m_network;
    QByteArray m_authorization = "Bearer " + kOAuthToken.toUtf8();
    int m_transferTimeoutMs = 0;
};

QString clientId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject issueInput(const QString &teamId, const QString &title)
{
    return {{QStringLiteral("teamId"), teamId}, {QStringLiteral("title"), title}};
}

QJsonObject withField(QJsonObject object, const QString &field, const QJsonValue &value)
{
    object.insert(field, value);
    return object;
}

QStringList valuesOf(const QJsonArray &objects, const QString &field)
{
    QStringList values;
    for (const QJsonValue &object : objects)
        values.append(object.toObject().value(field).toString());
    return values;
}

QStringList valuesOf(const QList<QJsonObject> &objects, const QString &field)
{
    QStringList values;
    for (const QJsonObject &object : objects)
        values.append(object.value(field).toString());
    return values;
}

QJsonObject teamFilter(const QString &teamId)
{
    return {{QStringLiteral("team"),
             QJsonObject{{QStringLiteral("id"), QJsonObject{{QStringLiteral("eq"), teamId}}}}}};
}

} // namespace

class TestFakeLinearServer : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void oauthTokensGoAfterBearerAndApiKeysBare();
    void expiredTokenIsNotAuthenticated();
    void viewerAnswers();
    void teamsAndTheirWorkflowStates();
    void unknownFieldsAndQueriesAsMutationsAreRefused();
    void createsAnIssueWithEveryField();
    void batchCreatesThreeWithAParentInsideTheBatch();
    void batchTakesAtMostFifty();
    void batchIsAllOrNothing_data();
    void batchIsAllOrNothing();
    void duplicateClientIdMakesNoSecondIssue();
    void updatesAnIssue();
    void labelsAreCreatedPerTeamOrWorkspace();
    void relationsLinkTwoIssues();
    void issuesArePaginatedAndFiltered();
    void singleIssueByIdOrIdentifier();
    void everyAnswerCarriesRateLimitHeaders();
    void rateLimitNextAnswers429WithRetryAfter();
    void spentBudgetAnswers429();
    void failNextAnswersOnceWithTheGivenBody();
    void droppedAnswerStillCreatedTheIssueOnce();
    void stalledRequestTimesOutUnprocessed();
    void latencyHoldsBackEveryAnswer();

private:
    Reply createIssues(const QJsonArray &inputs)
    {
        return m_linear->post(kIssueBatchCreate, {{QStringLiteral("issues"), inputs}});
    }

    FakeLinearServer *m_server = nullptr;
    Linear *m_linear = nullptr;
    QString m_teamId;
    QString m_otherTeamId;
};

void TestFakeLinearServer::init()
{
    m_server = new FakeLinearServer;
    m_server->addToken(kOAuthToken, false);
    m_server->addToken(kApiKey, true);
    m_teamId = m_server->addTeam(QStringLiteral("ENG"), QStringLiteral("Engineering"));
    m_otherTeamId = m_server->addTeam(QStringLiteral("OPS"), QStringLiteral("Operations"));
    m_linear = new Linear(*m_server);
}

void TestFakeLinearServer::cleanup()
{
    delete m_linear;
    delete m_server;
}

void TestFakeLinearServer::oauthTokensGoAfterBearerAndApiKeysBare()
{
    QCOMPARE(m_linear->post(kViewerQuery).status, 200);
    m_linear->setAuthorization(kApiKey.toUtf8());
    QCOMPARE(m_linear->post(kViewerQuery).status, 200);

    const QList<QByteArray> refused = {{},
                                       "Bearer " + kApiKey.toUtf8(), // a personal key is sent bare
                                       kOAuthToken.toUtf8(),         // an OAuth token is not
                                       "Bearer lin_oauth_nobody",
                                       "Basic " + kOAuthToken.toUtf8()};
    for (const QByteArray &authorization : refused) {
        m_linear->setAuthorization(authorization);
        const Reply reply = m_linear->post(kViewerQuery);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorMessage(), QStringLiteral("Authentication required, not authenticated"));
        QCOMPARE(reply.errorType(), QStringLiteral("authentication error"));
        const QJsonObject extensions = reply.firstError().value(QStringLiteral("extensions")).toObject();
        QVERIFY(!extensions.value(QStringLiteral("userPresentableMessage")).toString().isEmpty());
        QVERIFY(reply.json().value(QStringLiteral("data")).isNull());
    }
}

void TestFakeLinearServer::expiredTokenIsNotAuthenticated()
{
    m_server->expireToken(kOAuthToken);
    const Reply expired = m_linear->post(kViewerQuery);
    QCOMPARE(expired.status, 400);
    QCOMPARE(expired.errorType(), QStringLiteral("authentication error"));
    m_linear->setAuthorization(kApiKey.toUtf8());
    QCOMPARE(m_linear->post(kViewerQuery).status, 200);
}

void TestFakeLinearServer::viewerAnswers()
{
    const Reply reply = m_linear->post(kViewerQuery);
    QCOMPARE(reply.status, 200);
    const QJsonObject viewer = reply.data(QStringLiteral("viewer"));
    QCOMPARE(viewer.value(QStringLiteral("id")).toString(), m_server->viewerId());
    QCOMPARE(viewer.value(QStringLiteral("name")).toString(), QStringLiteral("Alex Doe"));
    QCOMPARE(viewer.value(QStringLiteral("email")).toString(), QStringLiteral("alex@example.com"));
}

void TestFakeLinearServer::teamsAndTheirWorkflowStates()
{
    const Reply teams =
        m_linear->post(QStringLiteral("query { teams(first: $first) { nodes { id key name } } }"),
                       {{QStringLiteral("first"), 10}});
    const QJsonArray nodes = teams.data(QStringLiteral("teams")).value(QStringLiteral("nodes")).toArray();
    QCOMPARE(valuesOf(nodes, QStringLiteral("key")),
             (QStringList{QStringLiteral("ENG"), QStringLiteral("OPS")}));
    QCOMPARE(valuesOf(nodes, QStringLiteral("id")), (QStringList{m_teamId, m_otherTeamId}));
    QCOMPARE(valuesOf(nodes, QStringLiteral("name")),
             (QStringList{QStringLiteral("Engineering"), QStringLiteral("Operations")}));

    const Reply states =
        m_linear->post(QStringLiteral("query States($filter: WorkflowStateFilter) "
                                      "{ workflowStates(filter: $filter) { nodes { id name type } } }"),
                       {{QStringLiteral("filter"), teamFilter(m_otherTeamId)}});
    const QJsonArray stateNodes =
        states.data(QStringLiteral("workflowStates")).value(QStringLiteral("nodes")).toArray();
    QCOMPARE(valuesOf(stateNodes, QStringLiteral("name")),
             (QStringList{QStringLiteral("Backlog"), QStringLiteral("Todo"), QStringLiteral("In Progress"),
                          QStringLiteral("Done"), QStringLiteral("Canceled")}));
    QCOMPARE(valuesOf(stateNodes, QStringLiteral("type")),
             (QStringList{QStringLiteral("backlog"), QStringLiteral("unstarted"), QStringLiteral("started"),
                          QStringLiteral("completed"), QStringLiteral("canceled")}));
    QCOMPARE(stateNodes.at(3).toObject().value(QStringLiteral("id")).toString(),
             m_server->workflowStateId(m_otherTeamId, QStringLiteral("Done")));
    QVERIFY(m_server->workflowStateId(m_teamId, QStringLiteral("Done")) !=
            m_server->workflowStateId(m_otherTeamId, QStringLiteral("Done")));
}

void TestFakeLinearServer::unknownFieldsAndQueriesAsMutationsAreRefused()
{
    const Reply unknown = m_linear->post(QStringLiteral("query { projects { nodes { id } } }"));
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.errorMessage(), QStringLiteral("Cannot query field \"projects\" on type \"Query\"."));

    // A mutation field sent as a query creates nothing.
    const Reply notAMutation =
        m_linear->post(QStringLiteral("query { issueCreate(input: $input) { success } }"),
                       {{QStringLiteral("input"), issueInput(m_teamId, QStringLiteral("A"))}});
    QCOMPARE(notAMutation.status, 400);
    QVERIFY(m_server->issues().isEmpty());

    const Reply aliased = m_linear->post(QStringLiteral("query { me: viewer { id } }"));
    QCOMPARE(aliased.data(QStringLiteral("me")).value(QStringLiteral("id")).toString(), m_server->viewerId());
}

void TestFakeLinearServer::createsAnIssueWithEveryField()
{
    const QString labelId = m_server->addLabel(QStringLiteral("bug"), m_teamId);
    const QString workspaceLabelId = m_server->addLabel(QStringLiteral("customer"));
    const QString todo = m_server->workflowStateId(m_teamId, QStringLiteral("Todo"));
    const QString id = clientId();
    QJsonObject input = issueInput(m_teamId, QStringLiteral("Crash on start"));
    input.insert(QStringLiteral("id"), id);
    input.insert(QStringLiteral("description"), QStringLiteral("**Steps**\n1. open"));
    input.insert(QStringLiteral("priority"), 2);
    input.insert(QStringLiteral("estimate"), 3);
    input.insert(QStringLiteral("stateId"), todo);
    input.insert(QStringLiteral("labelIds"), QJsonArray{labelId, workspaceLabelId});
    const Reply reply = m_linear->post(kIssueCreate, {{QStringLiteral("input"), input}});
    QCOMPARE(reply.status, 200);
    const QJsonObject payload = reply.data(QStringLiteral("issueCreate"));
    QVERIFY(payload.value(QStringLiteral("success")).toBool());
    QVERIFY(payload.value(QStringLiteral("lastSyncId")).toDouble() > 0);

    const QJsonObject issue = payload.value(QStringLiteral("issue")).toObject();
    QCOMPARE(issue, m_server->issues().first());
    QCOMPARE(issue.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(issue.value(QStringLiteral("identifier")).toString(), QStringLiteral("ENG-1"));
    QCOMPARE(issue.value(QStringLiteral("number")).toInt(), 1);
    QCOMPARE(issue.value(QStringLiteral("url")).toString(),
             QStringLiteral("https://linear.app/acme/issue/ENG-1"));
    QCOMPARE(issue.value(QStringLiteral("description")).toString(), QStringLiteral("**Steps**\n1. open"));
    QCOMPARE(issue.value(QStringLiteral("priority")).toInt(), 2);
    QCOMPARE(issue.value(QStringLiteral("priorityLabel")).toString(), QStringLiteral("High"));
    QCOMPARE(issue.value(QStringLiteral("estimate")).toInt(), 3);
    QCOMPARE(issue.value(QStringLiteral("state")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Todo"));
    QCOMPARE(issue.value(QStringLiteral("team")).toObject().value(QStringLiteral("key")).toString(),
             QStringLiteral("ENG"));
    QCOMPARE(issue.value(QStringLiteral("labelIds")).toArray(), (QJsonArray{labelId, workspaceLabelId}));
    QCOMPARE(
        valuesOf(issue.value(QStringLiteral("labels")).toObject().value(QStringLiteral("nodes")).toArray(),
                 QStringLiteral("name")),
        (QStringList{QStringLiteral("bug"), QStringLiteral("customer")}));
    QVERIFY(issue.value(QStringLiteral("parent")).isNull());
    const QDateTime createdAt =
        QDateTime::fromString(issue.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    QVERIFY(createdAt.isValid());
    QCOMPARE(issue.value(QStringLiteral("updatedAt")).toString(),
             issue.value(QStringLiteral("createdAt")).toString());

    // No client id: the server makes one; no state: the team's backlog.
    const Reply plain =
        m_linear->post(kIssueCreate, {{QStringLiteral("input"), issueInput(m_teamId, QStringLiteral("B"))}});
    QCOMPARE(plain.status, 200);
    const QJsonObject second = m_server->issues().at(1);
    QVERIFY(QUuid::fromString(second.value(QStringLiteral("id")).toString()).version() == QUuid::Random);
    QCOMPARE(second.value(QStringLiteral("identifier")).toString(), QStringLiteral("ENG-2"));
    QCOMPARE(second.value(QStringLiteral("state")).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("backlog"));
    QVERIFY(second.value(QStringLiteral("description")).isNull());
    QVERIFY(second.value(QStringLiteral("estimate")).isNull());
    QCOMPARE(second.value(QStringLiteral("priority")).toInt(), 0);
}

void TestFakeLinearServer::batchCreatesThreeWithAParentInsideTheBatch()
{
    const QString epicId = clientId();
    const QJsonArray inputs{
        withField(issueInput(m_teamId, QStringLiteral("Epic")), QStringLiteral("id"), epicId),
        withField(issueInput(m_otherTeamId, QStringLiteral("Elsewhere")), QStringLiteral("id"), clientId()),
        withField(withField(issueInput(m_teamId, QStringLiteral("Child")), QStringLiteral("id"), clientId()),
                  QStringLiteral("parentId"), epicId)};
    const Reply reply = createIssues(inputs);
    QCOMPARE(reply.status, 200);
    const QJsonObject payload = reply.data(QStringLiteral("issueBatchCreate"));
    QVERIFY(payload.value(QStringLiteral("success")).toBool());
    const QJsonArray created = payload.value(QStringLiteral("issues")).toArray();
    QCOMPARE(valuesOf(created, QStringLiteral("identifier")),
             (QStringList{QStringLiteral("ENG-1"), QStringLiteral("OPS-1"), QStringLiteral("ENG-2")}));
    QCOMPARE(valuesOf(created, QStringLiteral("id")), valuesOf(inputs, QStringLiteral("id")));
    const QJsonObject parent = created.at(2).toObject().value(QStringLiteral("parent")).toObject();
    QCOMPARE(parent.value(QStringLiteral("id")).toString(), epicId);
    QCOMPARE(parent.value(QStringLiteral("identifier")).toString(), QStringLiteral("ENG-1"));

    QCOMPARE(valuesOf(m_server->issues(), QStringLiteral("title")),
             (QStringList{QStringLiteral("Epic"), QStringLiteral("Elsewhere"), QStringLiteral("Child")}));

    // The other spelling: the whole IssueBatchCreateInput as $input; a parent by its identifier.
    const Reply wrapped = m_linear->post(
        QStringLiteral(
            "mutation($input: IssueBatchCreateInput!) { issueBatchCreate(input: $input) { success } }"),
        {{QStringLiteral("input"),
          QJsonObject{{QStringLiteral("issues"),
                       QJsonArray{withField(issueInput(m_teamId, QStringLiteral("Grandchild")),
                                            QStringLiteral("parentId"), QStringLiteral("ENG-2"))}}}}});
    QCOMPARE(wrapped.status, 200);
    QCOMPARE(m_server->issues().last().value(QStringLiteral("identifier")).toString(),
             QStringLiteral("ENG-3"));
    QCOMPARE(m_server->issues()
                 .last()
                 .value(QStringLiteral("parent"))
                 .toObject()
                 .value(QStringLiteral("identifier")),
             QJsonValue(QStringLiteral("ENG-2")));
}

void TestFakeLinearServer::batchTakesAtMostFifty()
{
    QJsonArray inputs;
    for (int i = 0; i <= FakeLinearServer::kBatchLimit; ++i)
        inputs.append(issueInput(m_teamId, QStringLiteral("Issue %1").arg(i)));
    const Reply tooMany = createIssues(inputs);
    QCOMPARE(tooMany.status, 400);
    QCOMPARE(tooMany.errorType(), QStringLiteral("invalid input"));
    QVERIFY(tooMany.errorMessage().contains(QLatin1String("at most 50")));
    QVERIFY(m_server->issues().isEmpty());

    inputs.removeLast();
    const Reply fifty = createIssues(inputs);
    QCOMPARE(fifty.status, 200);
    QCOMPARE(fifty.data(QStringLiteral("issueBatchCreate")).value(QStringLiteral("issues")).toArray().size(),
             50);
    QCOMPARE(m_server->issues().size(), 50);
    QCOMPARE(m_server->issues().last().value(QStringLiteral("identifier")).toString(),
             QStringLiteral("ENG-50"));
}

void TestFakeLinearServer::batchIsAllOrNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("complaint");
    QTest::newRow("no team") << QStringLiteral("teamId") << QJsonValue(QString()) << QStringLiteral("teamId");
    QTest::newRow("unknown team") << QStringLiteral("teamId") << QJsonValue(clientId())
                                  << QStringLiteral("teamId");
    QTest::newRow("no title") << QStringLiteral("title") << QJsonValue(QString()) << QStringLiteral("title");
    QTest::newRow("priority 5") << QStringLiteral("priority") << QJsonValue(5) << QStringLiteral("priority");
    QTest::newRow("priority 1.5") << QStringLiteral("priority") << QJsonValue(1.5)
                                  << QStringLiteral("priority");
    QTest::newRow("unknown label") << QStringLiteral("labelIds") << QJsonValue(QJsonArray{clientId()})
                                   << QStringLiteral("labelIds");
    QTest::newRow("unknown parent") << QStringLiteral("parentId") << QJsonValue(clientId())
                                    << QStringLiteral("parentId");
    QTest::newRow("not a uuid") << QStringLiteral("id") << QJsonValue(QStringLiteral("ticket-7"))
                                << QStringLiteral("UUID");
}

void TestFakeLinearServer::batchIsAllOrNothing()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, complaint);
    const QJsonArray inputs{issueInput(m_teamId, QStringLiteral("Fine")),
                            withField(issueInput(m_teamId, QStringLiteral("Broken")), field, value),
                            issueInput(m_teamId, QStringLiteral("Also fine"))};
    const Reply refused = createIssues(inputs);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorType(), QStringLiteral("invalid input"));
    QVERIFY2(refused.errorMessage().startsWith(QLatin1String("issues[1]: ")),
             qPrintable(refused.errorMessage()));
    QVERIFY2(refused.errorMessage().contains(complaint), qPrintable(refused.errorMessage()));
    QCOMPARE(refused.firstError().value(QStringLiteral("path")).toArray(),
             QJsonArray{QStringLiteral("issueBatchCreate")});
    QVERIFY(m_server->issues().isEmpty());

    // The refused batch took no numbers.
    QCOMPARE(createIssues({inputs.first()}).status, 200);
    QCOMPARE(m_server->issues().first().value(QStringLiteral("identifier")).toString(),
             QStringLiteral("ENG-1"));
}

void TestFakeLinearServer::duplicateClientIdMakesNoSecondIssue()
{
    const QString id = clientId();
    const QJsonObject input =
        withField(issueInput(m_teamId, QStringLiteral("Once")), QStringLiteral("id"), id);
    QCOMPARE(m_linear->post(kIssueCreate, {{QStringLiteral("input"), input}}).status, 200);

    const Reply again = m_linear->post(kIssueCreate, {{QStringLiteral("input"), input}});
    QCOMPARE(again.status, 400);
    QCOMPARE(again.errorMessage(), QStringLiteral("Entity already exists"));
    QCOMPARE(again.errorType(), QStringLiteral("invalid input"));
    QCOMPARE(m_server->issues().size(), 1);

    // In a batch: against a stored issue, and twice within the batch.
    const QString fresh = clientId();
    QCOMPARE(createIssues({issueInput(m_teamId, QStringLiteral("New")), input}).status, 400);
    const QJsonObject twice =
        withField(issueInput(m_teamId, QStringLiteral("Twice")), QStringLiteral("id"), fresh);
    const Reply repeated = createIssues({twice, twice});
    QCOMPARE(repeated.errorMessage(), QStringLiteral("issues[1]: Entity already exists"));
    QCOMPARE(m_server->issues().size(), 1);
}

void TestFakeLinearServer::updatesAnIssue()
{
    const QString labelId = m_server->addLabel(QStringLiteral("bug"), m_teamId);
    const QString otherTeamLabel = m_server->addLabel(QStringLiteral("pager"), m_otherTeamId);
    const QString epicId = clientId();
    createIssues({withField(issueInput(m_teamId, QStringLiteral("Epic")), QStringLiteral("id"), epicId),
                  issueInput(m_teamId, QStringLiteral("Draft"))});
    const QString issueId = m_server->issues().at(1).value(QStringLiteral("id")).toString();

    QJsonObject changes{
        {QStringLiteral("title"), QStringLiteral("Final")},
        {QStringLiteral("priority"), 1},
        {QStringLiteral("estimate"), 5},
        {QStringLiteral("stateId"), m_server->workflowStateId(m_teamId, QStringLiteral("Done"))},
        {QStringLiteral("labelIds"), QJsonArray{labelId}},
        {QStringLiteral("parentId"), epicId}};
    const Reply updated =
        m_linear->post(kIssueUpdate, {{QStringLiteral("id"), issueId}, {QStringLiteral("input"), changes}});
    QCOMPARE(updated.status, 200);
    const QJsonObject issue =
        updated.data(QStringLiteral("issueUpdate")).value(QStringLiteral("issue")).toObject();
    QCOMPARE(issue, m_server->issues().at(1));
    QCOMPARE(issue.value(QStringLiteral("title")).toString(), QStringLiteral("Final"));
    QCOMPARE(issue.value(QStringLiteral("priority")).toInt(), 1);
    QCOMPARE(issue.value(QStringLiteral("estimate")).toInt(), 5);
    QCOMPARE(issue.value(QStringLiteral("state")).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("completed"));
    QCOMPARE(issue.value(QStringLiteral("labelIds")).toArray(), QJsonArray{labelId});
    QCOMPARE(issue.value(QStringLiteral("parent")).toObject().value(QStringLiteral("id")).toString(), epicId);
    QCOMPARE(issue.value(QStringLiteral("identifier")).toString(), QStringLiteral("ENG-2"));

    // Refused changes leave the issue as it was: a label of another team, a loop, an unknown issue.
    const Reply foreignLabel = m_linear->post(
        kIssueUpdate, {{QStringLiteral("id"), issueId},
                       {QStringLiteral("input"),
                        QJsonObject{{QStringLiteral("addedLabelIds"), QJsonArray{otherTeamLabel}}}}});
    QCOMPARE(foreignLabel.status, 400);
    QVERIFY(foreignLabel.errorMessage().contains(QLatin1String("another team")));
    const Reply loop = m_linear->post(
        kIssueUpdate, {{QStringLiteral("id"), epicId},
                       {QStringLiteral("input"), QJsonObject{{QStringLiteral("parentId"), issueId}}}});
    QCOMPARE(loop.status, 400);
    QVERIFY(m_server->issues().first().value(QStringLiteral("parent")).isNull());
    QCOMPARE(m_server->issues().at(1), issue);
    const Reply missing = m_linear->post(
        kIssueUpdate, {{QStringLiteral("id"), clientId()}, {QStringLiteral("input"), changes}});
    QCOMPARE(missing.errorMessage(), QStringLiteral("Entity not found: Issue"));

    // By identifier; labels added and removed.
    const Reply byIdentifier = m_linear->post(
        kIssueUpdate,
        {{QStringLiteral("id"), QStringLiteral("ENG-2")},
         {QStringLiteral("input"), QJsonObject{{QStringLiteral("removedLabelIds"), QJsonArray{labelId}},
                                               {QStringLiteral("estimate"), QJsonValue::Null}}}});
    QCOMPARE(byIdentifier.status, 200);
    QVERIFY(m_server->issues().at(1).value(QStringLiteral("labelIds")).toArray().isEmpty());
    QVERIFY(m_server->issues().at(1).value(QStringLiteral("estimate")).isNull());
}

void TestFakeLinearServer::labelsAreCreatedPerTeamOrWorkspace()
{
    const QString create =
        QStringLiteral("mutation($input: IssueLabelCreateInput!) "
                       "{ issueLabelCreate(input: $input) { success issueLabel { id name } } }");
    const Reply teamLabel = m_linear->post(
        create, {{QStringLiteral("input"), QJsonObject{{QStringLiteral("name"), QStringLiteral("bug")},
                                                       {QStringLiteral("teamId"), m_teamId}}}});
    QCOMPARE(teamLabel.status, 200);
    const QJsonObject label =
        teamLabel.data(QStringLiteral("issueLabelCreate")).value(QStringLiteral("issueLabel")).toObject();
    QCOMPARE(label.value(QStringLiteral("name")).toString(), QStringLiteral("bug"));
    const Reply workspaceLabel = m_linear->post(
        create, {{QStringLiteral("input"), QJsonObject{{QStringLiteral("name"), QStringLiteral("bug")}}}});
    QCOMPARE(workspaceLabel.status, 200);
    const Reply duplicate = m_linear->post(
        create, {{QStringLiteral("input"), QJsonObject{{QStringLiteral("name"), QStringLiteral("BUG")},
                                                       {QStringLiteral("teamId"), m_teamId}}}});
    QCOMPARE(duplicate.status, 400);
    QCOMPARE(m_server->labels().size(), 2);
    QCOMPARE(m_server->labels().first().value(QStringLiteral("teamId")).toString(), m_teamId);
    QVERIFY(m_server->labels().last().value(QStringLiteral("teamId")).isNull());

    const Reply listed =
        m_linear->post(QStringLiteral("query($filter: IssueLabelFilter) "
                                      "{ issueLabels(filter: $filter) { nodes { id name } } }"),
                       {{QStringLiteral("filter"), teamFilter(m_teamId)}});
    const QJsonArray nodes =
        listed.data(QStringLiteral("issueLabels")).value(QStringLiteral("nodes")).toArray();
    QCOMPARE(valuesOf(nodes, QStringLiteral("id")),
             QStringList{label.value(QStringLiteral("id")).toString()});
    const Reply all = m_linear->post(QStringLiteral("query { issueLabels { nodes { id name } } }"));
    QCOMPARE(all.data(QStringLiteral("issueLabels")).value(QStringLiteral("nodes")).toArray().size(), 2);

    // Issues take the created label.
    const QJsonObject labelled =
        withField(issueInput(m_teamId, QStringLiteral("A")), QStringLiteral("labelIds"),
                  QJsonArray{label.value(QStringLiteral("id"))});
    QCOMPARE(m_linear->post(kIssueCreate, {{QStringLiteral("input"), labelled}}).status, 200);
}

void TestFakeLinearServer::relationsLinkTwoIssues()
{
    createIssues(
        {issueInput(m_teamId, QStringLiteral("Schema")), issueInput(m_teamId, QStringLiteral("API"))});
    const QString first = m_server->issues().at(0).value(QStringLiteral("id")).toString();
    const QString second = m_server->issues().at(1).value(QStringLiteral("id")).toString();
    const QString create =
        QStringLiteral("mutation($input: IssueRelationCreateInput!) "
                       "{ issueRelationCreate(input: $input) { success issueRelation { id type } } }");
    const auto relation = [](const QString &issueId, const QString &relatedId, const QString &type) {
        return QJsonObject{
            {QStringLiteral("input"), QJsonObject{{QStringLiteral("issueId"), issueId},
                                                  {QStringLiteral("relatedIssueId"), relatedId},
                                                  {QStringLiteral("type"), type}}}};
    };
    const Reply blocks = m_linear->post(create, relation(first, second, QStringLiteral("blocks")));
    QCOMPARE(blocks.status, 200);
    const QJsonObject created =
        blocks.data(QStringLiteral("issueRelationCreate")).value(QStringLiteral("issueRelation")).toObject();
    QCOMPARE(created.value(QStringLiteral("type")).toString(), QStringLiteral("blocks"));

    QCOMPARE(m_linear->post(create, relation(first, second, QStringLiteral("depends"))).status, 400);
    QCOMPARE(m_linear->post(create, relation(first, clientId(), QStringLiteral("related"))).status, 400);
    QCOMPARE(m_linear->post(create, relation(first, first, QStringLiteral("related"))).status, 400);
    QCOMPARE(m_linear
                 ->post(create,
                        relation(QStringLiteral("ENG-2"), QStringLiteral("ENG-1"), QStringLiteral("related")))
                 .status,
             200);

    const QList<QJsonObject> relations = m_server->relations();
    QCOMPARE(relations.size(), 2);
    QCOMPARE(relations.first().value(QStringLiteral("id")), created.value(QStringLiteral("id")));
    QCOMPARE(relations.first().value(QStringLiteral("issueId")).toString(), first);
    QCOMPARE(relations.first().value(QStringLiteral("relatedIssueId")).toString(), second);
    QCOMPARE(relations.last().value(QStringLiteral("issueId")).toString(), second); // identifiers resolved
    QCOMPARE(relations.last().value(QStringLiteral("type")).toString(), QStringLiteral("related"));
}

void TestFakeLinearServer::issuesArePaginatedAndFiltered()
{
    QJsonArray inputs;
    for (int i = 1; i <= 5; ++i)
        inputs.append(issueInput(m_teamId, QStringLiteral("ENG issue %1").arg(i)));
    inputs.append(issueInput(m_otherTeamId, QStringLiteral("OPS issue")));
    QCOMPARE(createIssues(inputs).status, 200);

    QStringList seen;
    QJsonValue after = QJsonValue::Null;
    int pages = 0;
    for (bool more = true; more && pages < 10; ++pages) {
        const Reply reply = m_linear->post(kIssuesQuery, {{QStringLiteral("filter"), teamFilter(m_teamId)},
                                                          {QStringLiteral("first"), 2},
                                                          {QStringLiteral("after"), after}});
        const QJsonObject connection = reply.data(QStringLiteral("issues"));
        const QJsonArray nodes = connection.value(QStringLiteral("nodes")).toArray();
        QVERIFY(nodes.size() <= 2);
        seen += valuesOf(nodes, QStringLiteral("identifier"));
        const QJsonObject pageInfo = connection.value(QStringLiteral("pageInfo")).toObject();
        more = pageInfo.value(QStringLiteral("hasNextPage")).toBool();
        after = pageInfo.value(QStringLiteral("endCursor"));
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen, (QStringList{QStringLiteral("ENG-1"), QStringLiteral("ENG-2"), QStringLiteral("ENG-3"),
                                QStringLiteral("ENG-4"), QStringLiteral("ENG-5")}));

    const QString opsId = m_server->issues().last().value(QStringLiteral("id")).toString();
    const QString engId = m_server->issues().first().value(QStringLiteral("id")).toString();
    const QJsonObject byIds{
        {QStringLiteral("id"), QJsonObject{{QStringLiteral("in"), QJsonArray{opsId, engId, clientId()}}}}};
    const Reply found = m_linear->post(kIssuesQuery, {{QStringLiteral("filter"), byIds}});
    QCOMPARE(valuesOf(found.data(QStringLiteral("issues")).value(QStringLiteral("nodes")).toArray(),
                      QStringLiteral("identifier")),
             (QStringList{QStringLiteral("ENG-1"), QStringLiteral("OPS-1")}));
    QVERIFY(!found.data(QStringLiteral("issues"))
                 .value(QStringLiteral("pageInfo"))
                 .toObject()
                 .value(QStringLiteral("hasNextPage"))
                 .toBool());

    const Reply badCursor = m_linear->post(kIssuesQuery, {{QStringLiteral("after"), clientId()}});
    QCOMPARE(badCursor.status, 400);
}

void TestFakeLinearServer::singleIssueByIdOrIdentifier()
{
    createIssues({issueInput(m_teamId, QStringLiteral("Only"))});
    const QString query = QStringLiteral("query($id: String!) { issue(id: $id) { id identifier title } }");
    const QString id = m_server->issues().first().value(QStringLiteral("id")).toString();
    for (const QString &key : {id, QStringLiteral("ENG-1")}) {
        const Reply reply = m_linear->post(query, {{QStringLiteral("id"), key}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.data(QStringLiteral("issue")).value(QStringLiteral("id")).toString(), id);
    }
    const Reply missing = m_linear->post(query, {{QStringLiteral("id"), QStringLiteral("ENG-9")}});
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorMessage(), QStringLiteral("Entity not found: Issue"));
    QCOMPARE(missing.errorType(), QStringLiteral("invalid input"));
}

void TestFakeLinearServer::everyAnswerCarriesRateLimitHeaders()
{
    m_server->setComplexityPerRequest(7);
    const qint64 beforeMs = QDateTime::currentMSecsSinceEpoch();
    const Reply first = m_linear->post(kViewerQuery);
    m_linear->setAuthorization({});
    const Reply refused = m_linear->post(kViewerQuery); // not counted: nobody to count it against
    m_linear->setAuthorization(kApiKey.toUtf8());
    const Reply second = m_linear->post(QStringLiteral("query { issue(id: $id) { id } }"));
    QCOMPARE(refused.status, 400);
    QCOMPARE(second.status, 400);
    for (const Reply &reply : {first, refused, second}) {
        QCOMPARE(reply.headers.value("x-ratelimit-requests-limit"), QByteArray("5000"));
        QCOMPARE(reply.headers.value("x-ratelimit-complexity-limit"), QByteArray("250000"));
        QCOMPARE(reply.headers.value("x-complexity"), QByteArray("7"));
        for (const QByteArray &header :
             {QByteArray("x-ratelimit-requests-reset"), QByteArray("x-ratelimit-complexity-reset")}) {
            // Epoch milliseconds within the hour, not seconds.
            const qint64 reset = reply.headers.value(header).toLongLong();
            QVERIFY(reset > beforeMs && reset <= beforeMs + 3601 * 1000);
        }
    }
    QCOMPARE(first.headers.value("x-ratelimit-requests-remaining"), QByteArray("4999"));
    QCOMPARE(first.headers.value("x-ratelimit-complexity-remaining"), QByteArray("249993"));
    QCOMPARE(second.headers.value("x-ratelimit-requests-remaining"), QByteArray("4998"));
    QCOMPARE(second.headers.value("x-ratelimit-complexity-remaining"), QByteArray("249986"));
}

void TestFakeLinearServer::rateLimitNextAnswers429WithRetryAfter()
{
    m_server->rateLimitNext(12);
    const Reply limited =
        m_linear->post(kIssueCreate, {{QStringLiteral("input"), issueInput(m_teamId, QStringLiteral("A"))}});
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.headers.value("retry-after"), QByteArray("12"));
    QCOMPARE(limited.errorMessage(), QStringLiteral("Rate limit exceeded"));
    QCOMPARE(limited.errorType(), QStringLiteral("ratelimited"));
    QVERIFY(limited.headers.contains("x-ratelimit-requests-remaining"));
    QVERIFY(m_server->issues().isEmpty());

    const Reply after =
        m_linear->post(kIssueCreate, {{QStringLiteral("input"), issueInput(m_teamId, QStringLiteral("A"))}});
    QCOMPARE(after.status, 200);
    QVERIFY(!after.headers.contains("retry-after"));
    QCOMPARE(m_server->issues().size(), 1);
}

void TestFakeLinearServer::spentBudgetAnswers429()
{
    m_server->setRequestsLimit(2);
    QCOMPARE(m_linear->post(kViewerQuery).status, 200);
    const Reply last = m_linear->post(kViewerQuery);
    QCOMPARE(last.status, 200);
    QCOMPARE(last.headers.value("x-ratelimit-requests-remaining"), QByteArray("0"));
    for (int i = 0; i < 2; ++i) { // not one-shot
        const Reply spent = m_linear->post(kViewerQuery);
        QCOMPARE(spent.status, 429);
        QCOMPARE(spent.errorType(), QStringLiteral("ratelimited"));
        const int retryAfter = spent.headers.value("retry-after").toInt();
        QVERIFY(retryAfter > 0 && retryAfter <= 3600);
    }

    m_server->setRequestsLimit(5000);
    m_server->setComplexityLimit(10);
    m_server->setComplexityPerRequest(6);
    QCOMPARE(m_linear->post(kViewerQuery).status, 200);
    QCOMPARE(m_linear->post(kViewerQuery).status, 429); // 6 more points would pass the 10
}

void TestFakeLinearServer::failNextAnswersOnceWithTheGivenBody()
{
    m_server->failNext(500, R"({"errors":[{"message":"Internal server error"}]})");
    const Reply serverError =
        m_linear->post(kIssueCreate, {{QStringLiteral("input"), issueInput(m_teamId, QStringLiteral("A"))}});
    QCOMPARE(serverError.status, 500);
    QCOMPARE(serverError.errorMessage(), QStringLiteral("Internal server error"));

    const QByteArray page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    m_server->failNext(502, page, "text/html");
    const Reply badGateway = m_linear->post(kViewerQuery);
    QCOMPARE(badGateway.status, 502);
    QCOMPARE(badGateway.headers.value("content-type"), QByteArray("text/html"));
    QCOMPARE(badGateway.body, page);

    QVERIFY(m_server->issues().isEmpty()); // a failed request did nothing
    QCOMPARE(
        m_linear->post(kIssueCreate, {{QStringLiteral("input"), issueInput(m_teamId, QStringLiteral("A"))}})
            .status,
        200);
}

void TestFakeLinearServer::droppedAnswerStillCreatedTheIssueOnce()
{
    m_server->dropNextAfterProcessing();
    const QString id = clientId();
    const Reply dropped = createIssues(
        {withField(issueInput(m_teamId, QStringLiteral("Lost answer")), QStringLiteral("id"), id)});
    QVERIFY(dropped.error != QNetworkReply::NoError);
    QVERIFY(dropped.json().isEmpty());

    QCOMPARE(m_server->issues().size(), 1); // created once, and QtNetwork did not send it again
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->issues().first().value(QStringLiteral("id")).toString(), id);
    const Reply lookup = m_linear->post(QStringLiteral("query($id: String!) { issue(id: $id) { id } }"),
                                        {{QStringLiteral("id"), id}});
    QCOMPARE(lookup.status, 200);
}

void TestFakeLinearServer::stalledRequestTimesOutUnprocessed()
{
    m_server->stallNext();
    m_linear->setTransferTimeoutMs(300);
    const Reply stalled = m_linear->post(
        kIssueCreate, {{QStringLiteral("input"), issueInput(m_teamId, QStringLiteral("Stalled"))}});
    QCOMPARE(stalled.status, 0);
    QVERIFY(stalled.error == QNetworkReply::OperationCanceledError ||
            stalled.error == QNetworkReply::TimeoutError);
    QVERIFY(m_server->issues().isEmpty());
    QCOMPARE(m_server->requestCount(), 1);

    QCOMPARE(m_linear->post(kViewerQuery).status, 200); // the stall was one-shot
}

void TestFakeLinearServer::latencyHoldsBackEveryAnswer()
{
    m_server->setLatencyMs(5000);
    m_linear->setTransferTimeoutMs(200); // far shorter than the latency: the body cannot arrive in time
    for (int i = 0; i < 2; ++i)          // not one-shot
        QVERIFY(m_linear->post(kViewerQuery).error != QNetworkReply::NoError);

    m_server->setLatencyMs(0);
    QCOMPARE(m_linear->post(kViewerQuery).status, 200);
}

QTEST_GUILESS_MAIN(TestFakeLinearServer)
#include "tst_fake_linear_server.moc"
