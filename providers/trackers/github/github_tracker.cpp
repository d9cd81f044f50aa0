#include "github_tracker.h"

#include "http/tracker_http.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace docket {

namespace {
constexpr int kPageSize = 100;
constexpr int kMaxPages = 50; // 5,000 issues changed since the push began is far beyond one push
} // namespace

GitHubTracker::GitHubTracker(TrackerHttp &http, QUrl apiBase, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_apiBase(std::move(apiBase))
{}

QUrl GitHubTracker::endpoint(const QString &path, const QList<std::pair<QString, QString>> &query) const
{
    QUrl url = m_apiBase;
    url.setPath(m_apiBase.path() + path);
    QUrlQuery items;
    for (const auto &[name, value] : query)
        items.addQueryItem(name, value);
    url.setQuery(items);
    return url;
}

QNetworkRequest GitHubTracker::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/vnd.github+json");
    request.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
    request.setRawHeader("User-Agent", "Docket");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return request;
}

GitHubIssueRef GitHubTracker::issueFromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("number")).toInt(), object.value(QStringLiteral("id")).toInteger(),
            object.value(QStringLiteral("node_id")).toString(),
            QUrl(object.value(QStringLiteral("html_url")).toString()),
            object.value(QStringLiteral("body")).toString()};
}

QString GitHubTracker::refusalMessage(int status, const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QString message = object.value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        message = tr("GitHub answered HTTP %1.").arg(status);
    QStringList details;
    for (const QJsonValue &error : object.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject item = error.toObject();
        const QString text = item.value(QStringLiteral("message")).toString();
        details.append(text.isEmpty()
                           ? QStringLiteral("%1 %2").arg(item.value(QStringLiteral("field")).toString(),
                                                         item.value(QStringLiteral("code")).toString())
                           : text);
    }
    return details.isEmpty() ? message
                             : QStringLiteral("%1: %2").arg(message, details.join(QStringLiteral("; ")));
}

void GitHubTracker::send(const QByteArray &verb, const QUrl &url, const QJsonObject &body, bool repeatable,
                         std::function<void(GitHubPushResult)> done)
{
    m_http.send(verb, request(url), QJsonDocument(body).toJson(QJsonDocument::Compact), repeatable,
                [done](const HttpOutcome &outcome) {
                    GitHubPushResult result;
                    switch (outcome.kind) {
                    case HttpOutcome::Kind::Unknown:
                        result.kind = GitHubPushResult::Kind::Unknown;
                        result.message = outcome.message;
                        break;
                    case HttpOutcome::Kind::Failed:
                    case HttpOutcome::Kind::Cancelled:
                        result.kind = GitHubPushResult::Kind::Failed;
                        result.message = outcome.message;
                        break;
                    case HttpOutcome::Kind::Answered:
                        if (outcome.status >= 200 && outcome.status < 300) {
                            result.kind = GitHubPushResult::Kind::Done;
                            result.issue = issueFromJson(QJsonDocument::fromJson(outcome.body).object());
                        } else {
                            // 4xx: the content or the permissions; sending it again will not help.
                            result.kind = GitHubPushResult::Kind::Rejected;
                            result.message = refusalMessage(outcome.status, outcome.body);
                        }
                        break;
                    }
                    done(result);
                });
}

void GitHubTracker::createIssue(const QString &repository, const GitHubIssueDraft &issue,
                                std::function<void(GitHubPushResult)> done)
{
    send("POST", endpoint(QStringLiteral("/repos/%1/issues").arg(repository)), issue.toJson(), false,
         std::move(done));
}

void GitHubTracker::updateIssue(const QString &repository, int number, const GitHubIssueDraft &issue,
                                std::function<void(GitHubPushResult)> done)
{
    // The same PATCH twice leaves the same issue: safe to repeat.
    send("PATCH", endpoint(QStringLiteral("/repos/%1/issues/%2").arg(repository).arg(number)), issue.toJson(),
         true, std::move(done));
}

void GitHubTracker::addSubIssue(const QString &repository, int parentNumber, qint64 childId,
                                std::function<void(Status)> done)
{
    send("POST", endpoint(QStringLiteral("/repos/%1/issues/%2/sub_issues").arg(repository).arg(parentNumber)),
         QJsonObject{{QStringLiteral("sub_issue_id"), childId}}, true,
         [done](const GitHubPushResult &result) {
             done(result.kind == GitHubPushResult::Kind::Done ? Status() : Status(Error{result.message, {}}));
         });
}

void GitHubTracker::listRepositories(std::function<void(Result<QStringList>)> done)
{
    m_http.send("GET",
                request(endpoint(QStringLiteral("/user/repos"),
                                 {{QStringLiteral("per_page"), QString::number(kPageSize)}})),
                {}, true, [done](const HttpOutcome &outcome) {
                    if (outcome.kind != HttpOutcome::Kind::Answered || outcome.status != 200) {
                        done(Error{outcome.message.isEmpty() ? refusalMessage(outcome.status, outcome.body)
                                                             : outcome.message,
                                   {}});
                        return;
                    }
                    QStringList repositories;
                    for (const QJsonValue &value : QJsonDocument::fromJson(outcome.body).array()) {
                        const QJsonObject repository = value.toObject();
                        if (repository.value(QStringLiteral("permissions"))
                                .toObject()
                                .value(QStringLiteral("push"))
                                .toBool(true))
                            repositories.append(repository.value(QStringLiteral("full_name")).toString());
                    }
                    done(repositories);
                });
}

void GitHubTracker::milestones(const QString &repository,
                               std::function<void(Result<QHash<QString, int>>)> done)
{
    m_http.send("GET",
                request(endpoint(QStringLiteral("/repos/%1/milestones").arg(repository),
                                 {{QStringLiteral("state"), QStringLiteral("open")},
                                  {QStringLiteral("per_page"), QString::number(kPageSize)}})),
                {}, true, [done](const HttpOutcome &outcome) {
                    if (outcome.kind != HttpOutcome::Kind::Answered || outcome.status != 200) {
                        done(Error{outcome.message.isEmpty() ? refusalMessage(outcome.status, outcome.body)
                                                             : outcome.message,
                                   {}});
                        return;
                    }
                    QHash<QString, int> numbers;
                    for (const QJsonValue &value : QJsonDocument::fromJson(outcome.body).array())
                        numbers.insert(value.toObject().value(QStringLiteral("title")).toString(),
                                       value.toObject().value(QStringLiteral("number")).toInt());
                    done(numbers);
                });
}

void GitHubTracker::findByPushKey(const QString &repository, const QString &pushKey, const QDateTime &since,
                                  std::function<void(Result<std::optional<GitHubIssueRef>>)> done)
{
    listPage(repository, pushKey, since, 1, std::move(done));
}

void GitHubTracker::listPage(const QString &repository, const QString &pushKey, const QDateTime &since,
                             int page, std::function<void(Result<std::optional<GitHubIssueRef>>)> done)
{
    const QUrl url = endpoint(QStringLiteral("/repos/%1/issues").arg(repository),
                              {{QStringLiteral("state"), QStringLiteral("all")},
                               {QStringLiteral("since"), since.toUTC().toString(Qt::ISODate)},
                               {QStringLiteral("per_page"), QString::number(kPageSize)},
                               {QStringLiteral("page"), QString::number(page)}});
    m_http.send("GET", request(url), {}, true,
                [this, repository, pushKey, since, page, done](const HttpOutcome &outcome) {
                    if (outcome.kind != HttpOutcome::Kind::Answered || outcome.status != 200) {
                        done(Error{outcome.message.isEmpty() ? refusalMessage(outcome.status, outcome.body)
                                                             : outcome.message,
                                   {}});
                        return;
                    }
                    const QJsonArray issues = QJsonDocument::fromJson(outcome.body).array();
                    for (const QJsonValue &value : issues) {
                        const GitHubIssueRef issue = issueFromJson(value.toObject());
                        if (pushKeyInBody(issue.body) == pushKey)
                            return done(std::optional(issue));
                    }
                    const bool more = outcome.headers.value("link").contains("rel=\"next\"");
                    if (!more || page >= kMaxPages)
                        return done(std::optional<GitHubIssueRef>());
                    listPage(repository, pushKey, since, page + 1, done);
                });
}

} // namespace docket
