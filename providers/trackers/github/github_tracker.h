#pragma once

#include "common/result.h"
#include "github_issue.h"

#include <QDateTime>
#include <QHash>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace docket {

class TrackerHttp;

// An issue as GitHub knows it.
struct GitHubIssueRef {
    int number = 0;
    qint64 id = 0; // what sub-issues are linked by
    QString nodeId;
    QUrl htmlUrl;
    QString body;
};

// One push request's end. Rejected: GitHub refused the content (its own words in `message`);
// Unknown: the answer was lost, so whether the issue exists must be looked up by push key.
struct GitHubPushResult {
    enum class Kind { Done, Rejected, Unknown, Failed };
    Kind kind = Kind::Failed;
    GitHubIssueRef issue;
    QString message;
};

// GitHub's REST API (github.com or Enterprise Server), over TrackerHttp, for what a push needs:
// the repositories, their milestones, issues created and updated, an issue found by push key,
// sub-issues for epics.
class GitHubTracker : public QObject {
    Q_OBJECT
public:
    // apiBase: https://api.github.com or https://HOST/api/v3.
    GitHubTracker(TrackerHttp &http, QUrl apiBase, QObject *parent = nullptr);

    void listRepositories(std::function<void(Result<QStringList>)> done); // "owner/name", writable ones
    void milestones(const QString &repository, std::function<void(Result<QHash<QString, int>>)> done);
    void createIssue(const QString &repository, const GitHubIssueDraft &issue,
                     std::function<void(GitHubPushResult)> done);
    void updateIssue(const QString &repository, int number, const GitHubIssueDraft &issue,
                     std::function<void(GitHubPushResult)> done);
    // Lists the repository's issues changed since `since` (all states; the list endpoint, which
    // unlike search sees an issue the moment it exists) and returns the one whose body carries
    // the push key.
    void findByPushKey(const QString &repository, const QString &pushKey, const QDateTime &since,
                       std::function<void(Result<std::optional<GitHubIssueRef>>)> done);
    void addSubIssue(const QString &repository, int parentNumber, qint64 childId,
                     std::function<void(Status)> done);

    static GitHubIssueRef issueFromJson(const QJsonObject &object);
    // GitHub's message for a refused request, with the field errors it lists.
    static QString refusalMessage(int status, const QByteArray &body);

private:
    QUrl endpoint(const QString &path, const QList<std::pair<QString, QString>> &query = {}) const;
    QNetworkRequest request(const QUrl &url) const;
    void send(const QByteArray &verb, const QUrl &url, const QJsonObject &body, bool repeatable,
              std::function<void(GitHubPushResult)> done);
    void listPage(const QString &repository, const QString &pushKey, const QDateTime &since, int page,
                  std::function<void(Result<std::optional<GitHubIssueRef>>)> done);

    TrackerHttp &m_http;
    QUrl m_apiBase;
};

} // namespace docket
