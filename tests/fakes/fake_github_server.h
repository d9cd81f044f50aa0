#pragma once

#include "fake_http_server.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// The part of GitHub's REST API that a push of tickets uses, laid out as on GitHub Enterprise Server
// (base url() + "/api/v3"), with the state GitHub keeps: repositories, labels, milestones, issues,
// sub-issues, a search index that lags behind the issues, and the rate limits. Paths under the base:
//   GET /user, GET /user/repos, GET /repos/{o}/{r}
//   GET|POST /repos/{o}/{r}/labels, GET /repos/{o}/{r}/milestones
//   GET|POST /repos/{o}/{r}/issues, GET|PATCH /repos/{o}/{r}/issues/{n}
//   POST /repos/{o}/{r}/issues/{n}/labels, GET|POST /repos/{o}/{r}/issues/{n}/sub_issues,
//   GET /repos/{o}/{r}/issues/{n}/parent, GET /search/issues?q=
// Lists take per_page (30 by default, 100 at most) and page, and answer with a Link header.
// Every answer carries x-ratelimit-limit, -remaining, -used, -reset (epoch seconds) and -resource
// ("core", 5000 an hour; "search", 30 a minute); a bucket that runs out answers 403 until its reset.
// Requests need "Authorization: Bearer <token>" or "token <token>" with a token from addToken().
// Faults are one-shot unless said otherwise, each taken by the next request.
class FakeGitHubServer : public QObject {
    Q_OBJECT
public:
    explicit FakeGitHubServer(QObject *parent = nullptr);

    QUrl url() const;    // http://127.0.0.1:<port>; issues' html_url live under it
    QUrl apiUrl() const; // url() + "/api/v3"

    void addToken(const QString &token, const QString &login); // the login is also a valid assignee
    void expireToken(const QString &token);                    // from now on 401 Bad credentials
    void addRepository(const QString &owner, const QString &repo);
    int addMilestone(const QString &owner, const QString &repo, const QString &title); // its number
    // The clock of created_at, updated_at and closed_at (and of `since`); a null time goes back to
    // the system clock. Lets a test place issues in time without sleeping.
    void setNow(const QDateTime &utc);
    // Issues created less than this long ago are missing from search, as in GitHub's lagging index;
    // the list endpoint sees them at once.
    void setSearchLagMs(int ms);

    void failNext(int status, const QByteArray &body, const QByteArray &contentType = "application/json");
    void dropNextAfterProcessing(); // handled in full, then the connection closes mid-answer
    void stallNext();               // accepted, never handled nor answered
    void secondaryRateLimitNext(int retryAfterSeconds, bool use429 = false);
    void primaryRateLimitExhausted(qint64 resetEpoch); // every request: 403, remaining 0; not one-shot
    void resetPrimaryLimit();
    void setLatencyMs(int ms); // before every answer's body; not one-shot
    // Two writes (any method but GET and HEAD) that arrive closer together than this: the second is
    // refused as a secondary rate limit, with retry-after. Not one-shot; 0 turns it off.
    void setMinimumWriteSpacingMs(int ms);

    QList<QJsonObject> issues(const QString &owner, const QString &repo) const; // creation order
    QList<QJsonObject> labels(const QString &owner, const QString &repo) const;
    QList<int> subIssues(const QString &owner, const QString &repo, int number) const; // numbers
    QList<qint64> writeTimestamps() const { return m_writeTimestamps; } // ms, of writes handled
    int writeSpacingRefusals() const { return m_writeSpacingRefusals; }
    const FakeHttpServer &http() const { return m_http; }

private:
    using Request = FakeHttpServer::Request;
    using Response = FakeHttpServer::Response;

    struct Label {
        qint64 id = 0;
        QString name;
        QString color;
        QString description;
    };
    struct Milestone {
        qint64 id = 0;
        int number = 0;
        QString title;
        QDateTime createdAt;
    };
    struct Issue {
        qint64 id = 0;
        int number = 0;
        QString title;
        QString body;
        QString state = QStringLiteral("open");
        QString stateReason;
        QStringList labels;
        int milestone = 0; // 0: none
        QStringList assignees;
        QString creator;
        QDateTime createdAt;
        QDateTime updatedAt;
        QDateTime closedAt;
        qint64 indexedAfterMs = 0; // on m_clock: from then on search finds it
        int parent = 0;
        QList<int> subIssues;
    };
    struct Repository {
        qint64 id = 0;
        QString owner;
        QString name;
        QList<Label> labels;
        QList<Milestone> milestones;
        QList<Issue> issues;
        int nextMilestoneNumber = 1;
    };
    struct RateBucket {
        QByteArray resource;
        int limit = 0;
        int windowSeconds = 0;
        int used = 0;
        qint64 resetEpoch = 0;
    };

    Response respond(const Request &request);
    std::optional<Response> refusal(const Request &request, RateBucket &bucket);
    Response route(const Request &request);
    Response routeRepository(const Request &request, Repository &repository, const QStringList &rest);
    Response routeIssue(const Request &request, Repository &repository, Issue &issue,
                        const QStringList &rest);
    void stamp(Response &response, const RateBucket &bucket) const;
    RateBucket &bucketFor(const Request &request);

    Response currentUser(const Request &request) const;
    Response userRepositories(const Request &request) const;
    Response repositoryJson(const Repository &repository) const;
    Response listLabels(const Request &request, const Repository &repository) const;
    Response createLabel(const Request &request, Repository &repository);
    Response listMilestones(const Request &request, const Repository &repository) const;
    Response createIssue(const Request &request, Repository &repository);
    Response updateIssue(const Request &request, Repository &repository, Issue &issue);
    Response listIssues(const Request &request, const Repository &repository) const;
    Response addIssueLabels(const Request &request, Repository &repository, Issue &issue);
    Response addSubIssue(const Request &request, Repository &repository, Issue &parent);
    Response listSubIssues(const Request &request, const Repository &repository, const Issue &parent) const;
    Response parentOf(const Repository &repository, const Issue &issue) const;
    Response searchIssues(const Request &request) const;

    std::optional<Response> applyLabels(Repository &repository, const QJsonArray &names, QStringList &into);
    std::optional<Response> applyMilestone(const Repository &repository, const QJsonValue &value,
                                           int &into) const;
    std::optional<Response> applyAssignees(const QJsonValue &value, QStringList &into) const;
    std::optional<Response> applyState(const QJsonObject &fields, Issue &issue) const;
    Label &ensureLabel(Repository &repository, const QString &name);
    Response paginated(const Request &request, const QJsonArray &items) const;

    QJsonObject issueJson(const Repository &repository, const Issue &issue) const;
    QJsonObject labelJson(const Repository &repository, const Label &label) const;
    QJsonObject milestoneJson(const Repository &repository, const Milestone &milestone) const;
    QJsonObject userJson(const QString &login) const;
    QString repositoryApiPath(const Repository &repository) const;

    Repository *findRepository(const QString &owner, const QString &repo);
    const Repository *findRepository(const QString &owner, const QString &repo) const;
    static Issue *findIssue(Repository &repository, int number);
    static const Issue *findIssue(const Repository &repository, int number);
    QDateTime now() const;
    QString loginOf(const Request &request) const;

    FakeHttpServer m_http;
    QElapsedTimer m_clock;
    QDateTime m_pinnedNow;
    QHash<QString, QString> m_tokens; // token -> login
    QStringList m_logins;
    QStringList m_expiredTokens;
    QList<Repository> m_repositories;
    qint64 m_nextId = 3000000001; // above 2^31, as GitHub's ids now are: clients must not use int
    int m_searchLagMs = 0;
    int m_latencyMs = 0;
    int m_minimumWriteSpacingMs = 0;
    qint64 m_lastWriteMs = -1;
    RateBucket m_core;
    RateBucket m_search;
    std::optional<qint64> m_primaryExhaustedUntil;
    std::optional<Response> m_nextFailure;
    std::optional<std::pair<int, bool>> m_nextSecondaryLimit; // retry-after seconds, 429
    bool m_dropNext = false;
    bool m_stallNext = false;
    QList<qint64> m_writeTimestamps;
    int m_writeSpacingRefusals = 0;
};
