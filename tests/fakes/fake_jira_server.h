#pragma once

#include "fake_http_server.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// The part of Jira's REST API that a push of tickets uses, with the state Jira keeps: projects and
// their issue types, required fields, priorities, issues, issue links and a search with no lag.
// One Jira instance, reachable two ways:
//   a site or Data Center base:  url() + "/rest/api/{2|3}/..."
//   Cloud through the gateway:   url() + "/ex/jira/{cloudId}/rest/api/{2|3}/..." for each addSite()
// Paths under "rest/api/{2|3}":
//   GET myself, GET project/search, GET priority/search, GET priority,
//   GET issue/createmeta/{project}/issuetypes, GET issue/createmeta/{project}/issuetypes/{issueTypeId},
//   POST issue, POST issue/bulk, GET|PUT issue/{idOrKey}, POST issueLink, GET|POST search/jql
// Version 3 takes and gives descriptions as Atlassian documents (ADF); version 2 as plain text.
// Creates and edits are checked as Jira checks them, every field at once (400, errors by field):
// a description that is not an ADF doc, a label with a space, an unknown priority, a parent not one
// level up, a field not on the screen, a required custom field left out. Bulk create checks each
// element against the issues that existed before the request, creates the valid ones and reports
// the others by index. search/jql understands project, labels, key, issuetype and parent with =,
// != and [not] in (...), joined by AND, then ORDER BY key or created; a project or key that does
// not exist is a 400, as in Jira. Links are kept as sent: inward and outward are not interpreted.
// Requests need "Authorization: Bearer <token>" (addToken) or Basic email:apiToken
// (addBasicCredentials). Faults are one-shot unless said otherwise, each taken by the next request.
class FakeJiraServer : public QObject {
    Q_OBJECT
public:
    explicit FakeJiraServer(QObject *parent = nullptr);

    QUrl url() const;                                          // http://127.0.0.1:<port>: the site's own base
    QUrl cloudUrl(const QString &cloudId) const;               // url() + "/ex/jira/{cloudId}"
    void addSite(const QString &cloudId);                      // the gateway answers for it from now on
    void addToken(const QString &token, const QString &email); // Bearer
    void addBasicCredentials(const QString &email, const QString &apiToken); // Basic
    void expireToken(const QString &tokenOrApiToken);                        // from now on 401
    // A project with these issue types (Epic is one level above the others). Keys are upper case.
    void addProject(const QString &key, const QString &name,
                    const QStringList &issueTypes = {QStringLiteral("Epic"), QStringLiteral("Story"),
                                                     QStringLiteral("Task"), QStringLiteral("Bug")});
    // A custom field that issues of this type in this project must have, e.g. "customfield_10020".
    void requireField(const QString &projectKey, const QString &issueType, const QString &fieldId,
                      const QString &name);

    void failNext(int status, const QByteArray &body, const QByteArray &contentType = "application/json");
    // Handled in full, then the connection closes mid-answer; an answer with no body (PUT's 204, a
    // link's 201) is never sent instead, and the client times out.
    void dropNextAfterProcessing();
    void stallNext();                          // accepted, never handled nor answered
    void rateLimitNext(int retryAfterSeconds); // 429 with Retry-After
    void setLatencyMs(int ms);                 // before every answer's body; not one-shot

    QList<QJsonObject> issues() const; // creation order, as version 3 answers GET issue/{key}
    QList<QJsonObject> links() const;  // {id, type: {name}, inwardIssue: {key}, outwardIssue: {key}}
    qsizetype requestCount() const { return m_http.requests().size(); }
    const FakeHttpServer &http() const { return m_http; }

private:
    using Request = FakeHttpServer::Request;
    using Response = FakeHttpServer::Response;

    struct Account {
        QString accountId;
        QString email;
        QString displayName;
    };
    struct IssueType {
        QString id;
        QString name;
        int hierarchyLevel = 0;
    };
    struct RequiredField {
        QString issueTypeId;
        QString fieldId;
        QString name;
    };
    struct Project {
        QString id;
        QString key;
        QString name;
        QStringList issueTypeIds;
        QList<RequiredField> requiredFields;
        int nextIssueNumber = 1;
    };
    struct Priority {
        QString id;
        QString name;
        QString color;
    };
    struct Issue {
        QString id;
        QString key;
        QString projectKey;
        QString issueTypeId;
        QString summary;
        QJsonValue description = QJsonValue::Null; // an ADF document or null
        QString priorityId;
        QStringList labels;
        QString parentKey;
        QJsonObject customFields;
        QDateTime created;
        QDateTime updated;
    };
    struct Link {
        QString id;
        QString typeName;
        QString inwardKey;
        QString outwardKey;
    };
    struct LinkType {
        QString id;
        QString name;
        QString inward;
        QString outward;
    };
    // A JQL query this emulator understands: clauses joined by AND, then ORDER BY key or created.
    struct JqlClause {
        QString field; // lower case
        bool negated = false;
        QStringList values;
    };
    struct JqlQuery {
        QList<JqlClause> clauses;
        bool ascending = false; // Jira's default order is the newest first
    };
    // Where a request landed: the base that self URLs are built on, the API version, the rest.
    struct Route {
        QString apiBase;
        int version = 3;
        QStringList parts;
    };

    Response respond(const Request &request);
    static void cutShort(Response &response);
    std::optional<Route> routeOf(const Request &request) const;
    Response dispatch(const Request &request, const Route &route);
    const Account *accountOf(const Request &request) const;
    int accountIndex(const QString &email); // of the account with this email, made when new

    Response myself(const Request &request, const Route &route) const;
    Response searchProjects(const Request &request, const Route &route) const;
    Response searchPriorities(const Request &request, const Route &route) const;
    Response listPriorities(const Route &route) const;
    Response createMetaIssueTypes(const Request &request, const Route &route,
                                  const QString &projectKey) const;
    Response createMetaFields(const Request &request, const Route &route, const QString &projectKey,
                              const QString &issueTypeId) const;
    Response createIssue(const Request &request, const Route &route);
    Response createIssues(const Request &request, const Route &route);
    Response getIssue(const Request &request, const Route &route, const QString &idOrKey) const;
    Response updateIssue(const Request &request, const Route &route, const QString &idOrKey);
    Response createLink(const Request &request);
    Response searchJql(const Request &request, const Route &route) const;
    static std::optional<JqlQuery> parseJql(const QString &jql, QString &error);
    QString jqlValueError(const JqlQuery &query) const;
    bool clauseMatches(const JqlClause &clause, const Issue &issue) const;

    // Checks an IssueUpdateDetails against the state as it is: Jira's errors by field, or none.
    QJsonObject prepareIssue(const QJsonObject &details, int version, Issue &issue) const;
    QJsonObject storeIssue(Issue issue, const Route &route); // gives it an id and key: {id, key, self}
    QJsonObject applyFields(const QJsonObject &fields, const Project &project, const IssueType &type,
                            int version, bool creating, Issue &issue) const;
    QJsonObject applyLabelUpdates(const QJsonArray &operations, Issue &issue) const;
    QStringList allowedFields(const Project &project, const IssueType &type, bool creating) const;

    QJsonObject issueJson(const Issue &issue, const QString &apiBase, int version,
                          const QStringList &wantedFields) const;
    QJsonObject issueFields(const Issue &issue, const QString &apiBase, int version) const;
    QJsonObject issueTypeJson(const IssueType &type, const QString &apiBase) const;
    QJsonObject priorityJson(const Priority &priority, const QString &apiBase) const;
    QJsonObject projectJson(const Project &project, const QString &apiBase) const;
    QJsonArray issueLinksJson(const Issue &issue, const QString &apiBase) const;
    QJsonArray fieldMetadata(const Project &project, const IssueType &type, const QString &apiBase) const;

    Project *findProject(const QString &idOrKey);
    const Project *findProject(const QString &idOrKey) const;
    const Project *projectOf(const QJsonValue &reference) const; // {key} or {id}
    const IssueType *findIssueType(const QString &idOrName) const;
    const IssueType *issueTypeOf(const Project &project, const QJsonValue &reference) const;
    const Priority *priorityOf(const QJsonValue &reference) const; // {name} or {id}
    Issue *findIssue(const QString &idOrKey);
    const Issue *findIssue(const QString &idOrKey) const;
    const Issue *issueOf(const QJsonValue &reference) const; // {key} or {id}
    const LinkType *linkTypeOf(const QJsonValue &reference) const;

    FakeHttpServer m_http;
    QSet<QString> m_cloudIds;
    QList<Account> m_accounts;
    QHash<QString, int> m_bearerTokens;     // token -> index in m_accounts
    QHash<QString, int> m_basicCredentials; // "email:apiToken" -> index in m_accounts
    QSet<QString> m_expiredSecrets;
    QList<IssueType> m_issueTypes;
    QList<Project> m_projects;
    QList<Priority> m_priorities;
    QList<LinkType> m_linkTypes;
    QList<Issue> m_issues;
    QList<Link> m_links;
    qint64 m_nextIssueId = 10001;
    qint64 m_nextProjectId = 10000;
    qint64 m_nextLinkId = 10100;
    int m_latencyMs = 0;
    std::optional<Response> m_nextFailure;
    std::optional<int> m_nextRateLimit; // retry-after seconds
    bool m_dropNext = false;
    bool m_stallNext = false;
};
