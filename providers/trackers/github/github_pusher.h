#pragma once

#include "github_tracker.h"
#include "trackers/tracker_pusher.h"

namespace docket {

// Pushes tickets to one GitHub repository: issues rendered by renderGitHubIssue (with a
// "Depends on #N" line for dependencies already in GitHub), epics' children as sub-issues.
class GitHubPusher : public TrackerPusher {
public:
    GitHubPusher(GitHubTracker &github, QString repository);

    Platform platform() const override { return Platform::GitHub; }
    void prepare(std::function<void(Status)> done) override;
    void create(const Ticket &ticket, const QHash<QString, RemoteIssue> &known,
                std::function<void(PushOutcome)> done) override;
    void update(const Ticket &ticket, const QHash<QString, RemoteIssue> &known,
                std::function<void(PushOutcome)> done) override;
    void find(const Ticket &ticket, const QDateTime &since,
              std::function<void(Result<std::optional<RemoteIssue>>)> done) override;
    void linkParent(const RemoteIssue &child, const RemoteIssue &parent,
                    std::function<void(Status)> done) override;

    static RemoteIssue remoteIssue(const GitHubIssueRef &issue);

private:
    GitHubIssueDraft render(const Ticket &ticket, const QHash<QString, RemoteIssue> &known) const;

    GitHubTracker &m_github;
    QString m_repository;
    QHash<QString, int> m_milestones;
};

} // namespace docket
