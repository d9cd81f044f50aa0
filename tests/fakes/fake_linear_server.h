#pragma once

#include "fake_http_server.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// The part of Linear's GraphQL API (POST url() + "/graphql", a JSON body {query, variables}) that a
// push of tickets uses, with the state Linear keeps: teams and their workflow states, labels, issues
// and relations, and the rate limits.
//
// There is no GraphQL parser. The operation is the first field of the document (after an optional
// alias), and a document starting with "mutation" is a mutation; one root field per request. Every
// argument comes from `variables`, so Docket must pass them as variables named:
//   query   viewer                                  -> {id name email}
//   query   teams($first, $after)                   -> {nodes {id key name}, pageInfo}
//   query   workflowStates($filter: {team: {id: {eq}}}, $first, $after) -> {nodes {id name type position}}
//   query   issueLabels($filter: {team: {id: {eq}}}, $first, $after)    -> {nodes {id name color team}}
//   query   issues($filter: {id: {in}} and/or {team: {id: {eq}}}, $first, $after) -> {nodes, pageInfo}
//   query   issue($id)                              -> Issue; $id is a UUID or an identifier "KEY-7"
//   mutation issueCreate($input)                    -> {success, issue, lastSyncId}
//   mutation issueBatchCreate($input: {issues}) or ($issues) -> {success, issues, lastSyncId}
//   mutation issueUpdate($id, $input)               -> {success, issue, lastSyncId}
//   mutation issueRelationCreate($input)            -> {success, issueRelation, lastSyncId}
//   mutation issueLabelCreate($input)               -> {success, issueLabel, lastSyncId}
// The selection set is ignored: an answer carries every field the emulator keeps. An Issue is
// {id identifier number url title description priority priorityLabel estimate createdAt updatedAt
//  team {id key name} state {id name type} parent {id identifier} labelIds labels {nodes {id name}}}.
// Lists take first (50 by default, 250 at most) and after, a node's id as the cursor. Input fields the
// emulator does not keep (assigneeId, projectId, ...) are accepted and ignored.
//
// Issues: a client-chosen UUID v4 `id` is kept, and a second create with it is refused ("Entity
// already exists") without a second issue. issueBatchCreate takes at most kBatchLimit inputs in one
// transaction: one bad input (named "issues[i]: ..." in the error) and nothing is created, nor are
// numbers used up; a parentId may name an issue earlier in the same batch. parentId, issueId and
// relatedIssueId take a UUID or an identifier "KEY-7". An issue given no stateId is in Backlog.
// issueUpdate changes title, description, priority, estimate, stateId, parentId (no loops) and
// labelIds, addedLabelIds, removedLabelIds; labels must be the issue's team's or the workspace's.
//
// Requests need "Authorization: Bearer <OAuth token>" or the bare personal API key, each added with
// addToken(). A missing or wrong credential gets HTTP 400, as from Linear, with
// {"data":null,"errors":[{message, extensions {type, code, userError, userPresentableMessage}}]} and
// extensions.type "authentication error". A refused input gets the same shape and status here, with
// path [field] and type "invalid input"; an unknown field or a body without a query, "graphql error".
// Every answer carries x-ratelimit-requests-limit|remaining|reset and x-ratelimit-complexity-
// limit|remaining|reset (resets in epoch milliseconds) and x-complexity. The budgets are fixed
// windows of an hour, simpler than Linear's leaky bucket; a request they cannot pay for, or the one
// after rateLimitNext(), gets 429 with retry-after (seconds) and extensions.type "ratelimited".
// Faults are one-shot unless said otherwise, each taken by the next request.
class FakeLinearServer : public QObject {
    Q_OBJECT
public:
    static constexpr int kBatchLimit = 50;

    explicit FakeLinearServer(QObject *parent = nullptr);

    QUrl url() const;        // http://127.0.0.1:<port>
    QUrl graphqlUrl() const; // url() + "/graphql"

    // An OAuth access token goes after "Bearer "; a personal API key (isApiKey) is sent bare.
    void addToken(const QString &token, bool isApiKey);
    void expireToken(const QString &token); // from now on the authentication error
    // A team with the five workflow states Backlog, Todo, In Progress, Done and Canceled; its id.
    QString addTeam(const QString &key, const QString &name);
    // A label of the team, or of the whole workspace when teamId is empty; its id.
    QString addLabel(const QString &name, const QString &teamId = {});
    QString workflowStateId(const QString &teamId, const QString &stateName) const; // empty if none
    QString viewerId() const { return m_viewerId; } // the viewer is "Alex Doe", alex@example.com

    void setRequestsLimit(int requestsPerHour); // 5000 unless set
    void setComplexityLimit(int pointsPerHour); // 250000 unless set
    void setComplexityPerRequest(int points);   // 1 unless set: the cost of each request

    void failNext(int status, const QByteArray &body, const QByteArray &contentType = "application/json");
    void dropNextAfterProcessing(); // handled in full, then the connection closes mid-answer
    void stallNext();               // accepted, never handled nor answered
    void rateLimitNext(int retryAfterSeconds);
    void setLatencyMs(int ms); // before every answer's body; not one-shot

    QList<QJsonObject> issues() const;    // creation order, as an Issue is answered
    QList<QJsonObject> relations() const; // {id type issueId relatedIssueId issue relatedIssue createdAt}
    QList<QJsonObject> labels() const;    // {id name color description teamId team}
    int requestCount() const { return int(m_http.requests().size()); } // every request received
    const FakeHttpServer &http() const { return m_http; }

private:
    using Request = FakeHttpServer::Request;
    using Response = FakeHttpServer::Response;

    struct WorkflowState {
        QString id;
        QString name;
        QString type;
        double position = 0;
    };
    struct Team {
        QString id;
        QString key;
        QString name;
        QList<WorkflowState> states;
        int nextNumber = 1;
    };
    struct Label {
        QString id;
        QString name;
        QString color;
        QString description;
        QString teamId; // empty: a workspace label
    };
    struct Issue {
        QString id;
        QString teamId;
        int number = 0;
        QString title;
        QString description; // null: none
        int priority = 0;
        std::optional<int> estimate;
        QString parentId;
        QString stateId;
        QStringList labelIds;
        QDateTime createdAt;
        QDateTime updatedAt;
    };
    struct Relation {
        QString id;
        QString issueId;
        QString relatedIssueId;
        QString type;
        QDateTime createdAt;
    };
    struct RateBucket {
        int limit = 0;
        int used = 0;
        qint64 resetEpochMs = 0;
    };
    // An operation's answer: the data of its field, or the message of a refused input.
    struct Result {
        QJsonValue data;
        std::optional<QString> error;
    };
    using Problem = std::optional<QString>; // a check's finding; nothing: the input is fine

    Response respond(const Request &request);
    std::optional<Response> refusal(const Request &request);
    void stamp(Response &response) const;
    void startNewWindowIfDue();
    bool isAuthenticated(const Request &request) const;
    Response execute(const Request &request);
    std::optional<Result> dispatch(const QString &field, bool isMutation, const QJsonObject &variables);

    Result viewer() const;
    Result teams(const QJsonObject &variables) const;
    Result workflowStates(const QJsonObject &variables) const;
    Result issueLabels(const QJsonObject &variables) const;
    Result issuesPage(const QJsonObject &variables) const;
    Result singleIssue(const QJsonObject &variables) const;
    Result createIssue(const QJsonObject &variables);
    Result createIssueBatch(const QJsonObject &variables);
    Result updateIssue(const QJsonObject &variables);
    Result createRelation(const QJsonObject &variables);
    Result createLabel(const QJsonObject &variables);

    // Checks one IssueCreateInput against the state and the issues already accepted in its batch.
    Problem checkNewIssue(const QJsonObject &input, const QList<Issue> &batch) const;
    // The issue an accepted input makes; numbers follow those the batch has already taken.
    Issue draftIssue(const QJsonObject &input, const QList<Issue> &batch) const;
    void store(const Issue &issue);
    Problem checkIssueChanges(const Issue &issue, const QJsonObject &input) const;
    void applyIssueChanges(Issue &issue, const QJsonObject &input);
    Problem checkLabels(const QJsonValue &labelIds, const QString &teamId) const;
    Problem checkPriorityAndEstimate(const QJsonObject &input) const;
    Problem checkState(const QJsonValue &stateId, const QString &teamId) const;
    Problem checkParent(const QJsonValue &parentId, const QString &childId, const QList<Issue> &batch) const;

    QJsonObject issueJson(const Issue &issue) const;
    QJsonObject labelJson(const Label &label) const;
    QJsonObject relationJson(const Relation &relation) const;
    Result payload(const QString &entityField, const QJsonValue &entity);
    static Result page(const QJsonArray &nodes, const QJsonObject &variables);

    const Team *findTeam(const QString &id) const;
    const Label *findLabel(const QString &id) const;
    // By UUID or identifier, among the stored issues and then the given ones of a batch.
    const Issue *findIssue(const QString &idOrIdentifier, const QList<Issue> &batch = {}) const;
    Issue *findIssue(const QString &idOrIdentifier);
    QString identifierOf(const Issue &issue) const;

    FakeHttpServer m_http;
    QString m_viewerId;
    QHash<QString, bool> m_tokens; // token -> is a personal API key
    QStringList m_expiredTokens;
    QList<Team> m_teams;
    QList<Label> m_labels;
    QList<Issue> m_issues;
    QList<Relation> m_relations;
    double m_lastSyncId = 1000;
    RateBucket m_requests;
    RateBucket m_complexity;
    int m_complexityPerRequest = 1;
    int m_latencyMs = 0;
    std::optional<Response> m_nextFailure;
    std::optional<int> m_nextRateLimit; // retry-after seconds
    bool m_dropNext = false;
    bool m_stallNext = false;
};
