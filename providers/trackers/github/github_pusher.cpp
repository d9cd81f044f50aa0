#include "github_pusher.h"

namespace docket {

namespace {

PushOutcome outcomeOf(const GitHubPushResult &result)
{
    PushOutcome outcome;
    outcome.message = result.message;
    switch (result.kind) {
    case GitHubPushResult::Kind::Done:
        outcome.kind = PushOutcome::Kind::Done;
        outcome.issue = GitHubPusher::remoteIssue(result.issue);
        break;
    case GitHubPushResult::Kind::Rejected:
        outcome.kind = PushOutcome::Kind::Rejected;
        break;
    case GitHubPushResult::Kind::Unknown:
        outcome.kind = PushOutcome::Kind::Unknown;
        break;
    case GitHubPushResult::Kind::Failed:
        outcome.kind = PushOutcome::Kind::Failed;
        break;
    }
    return outcome;
}

} // namespace

GitHubPusher::GitHubPusher(GitHubTracker &github, QString repository)
    : m_github(github)
    , m_repository(std::move(repository))
{}

RemoteIssue GitHubPusher::remoteIssue(const GitHubIssueRef &issue)
{
    return {QString::number(issue.number), issue.htmlUrl, QString::number(issue.id)};
}

void GitHubPusher::prepare(std::function<void(Status)> done)
{
    m_github.milestones(m_repository, [this, done](Result<QHash<QString, int>> milestones) {
        if (!milestones) {
            done(milestones.error());
            return;
        }
        m_milestones = milestones.value();
        done({});
    });
}

GitHubIssueDraft GitHubPusher::render(const Ticket &ticket, const QHash<QString, RemoteIssue> &known) const
{
    GitHubIssueDraft issue = renderGitHubIssue(ticket, m_milestones);
    QStringList waitsFor;
    for (const QString &dependency : ticket.dependencies)
        if (known.contains(dependency))
            waitsFor.append(QLatin1Char('#') + known.value(dependency).externalId);
    if (!waitsFor.isEmpty()) // GitHub links "#N" both ways in its timeline
        issue.body += QStringLiteral("\n\n**Depends on:** ") + waitsFor.join(QStringLiteral(", "));
    return issue;
}

void GitHubPusher::create(const Ticket &ticket, const QHash<QString, RemoteIssue> &known,
                          std::function<void(PushOutcome)> done)
{
    m_github.createIssue(m_repository, render(ticket, known),
                         [done](const GitHubPushResult &result) { done(outcomeOf(result)); });
}

void GitHubPusher::update(const Ticket &ticket, const QHash<QString, RemoteIssue> &known,
                          std::function<void(PushOutcome)> done)
{
    m_github.updateIssue(m_repository, ticket.externalId.toInt(), render(ticket, known),
                         [done](const GitHubPushResult &result) { done(outcomeOf(result)); });
}

void GitHubPusher::find(const Ticket &ticket, const QDateTime &since,
                        std::function<void(Result<std::optional<RemoteIssue>>)> done)
{
    m_github.findByPushKey(
        m_repository, ticket.pushKey, since, [done](Result<std::optional<GitHubIssueRef>> found) {
            if (!found) {
                done(found.error());
                return;
            }
            done(found.value() ? std::optional(remoteIssue(*found.value())) : std::nullopt);
        });
}

void GitHubPusher::linkParent(const RemoteIssue &child, const RemoteIssue &parent,
                              std::function<void(Status)> done)
{
    m_github.addSubIssue(m_repository, parent.externalId.toInt(), child.internalId.toLongLong(),
                         std::move(done));
}

} // namespace docket
