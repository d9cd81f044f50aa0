#pragma once

#include "common/result.h"
#include "domain/ticket.h"

#include <QDateTime>
#include <QUrl>

#include <functional>
#include <optional>

namespace docket {

// An issue in a tracker, as a push records it on the ticket.
struct RemoteIssue {
    QString externalId; // GitHub issue number, Linear identifier, Jira key
    QUrl url;
    QString internalId; // what links are made by (GitHub's issue id, Linear's uuid, Jira's id)
};

// How one request of a push ended. Rejected: the tracker refused the content, in its own words;
// Unknown: the answer was lost, so the issue must be looked up by push key before anything else.
struct PushOutcome {
    enum class Kind { Done, Rejected, Unknown, Failed };
    Kind kind = Kind::Failed;
    RemoteIssue issue;
    QString message;
};

// What a push needs from one tracker; one implementation per tracker (trackers/<name>/).
class TrackerPusher {
public:
    virtual ~TrackerPusher() = default;

    virtual Platform platform() const = 0;
    // Reads what rendering needs (milestones, labels, issue types) before the first ticket.
    virtual void prepare(std::function<void(Status)> done) = 0;
    // `known`: the issues of the document's tickets already in the tracker, by ticket id, so a
    // body can name what a ticket depends on.
    virtual void create(const Ticket &ticket, const QHash<QString, RemoteIssue> &known,
                        std::function<void(PushOutcome)> done) = 0;
    virtual void update(const Ticket &ticket, const QHash<QString, RemoteIssue> &known,
                        std::function<void(PushOutcome)> done) = 0;
    // The issue that carries the ticket's push key, created since `since`, if there is one.
    virtual void find(const Ticket &ticket, const QDateTime &since,
                      std::function<void(Result<std::optional<RemoteIssue>>)> done) = 0;
    virtual void linkParent(const RemoteIssue &child, const RemoteIssue &parent,
                            std::function<void(Status)> done) = 0;
};

} // namespace docket
