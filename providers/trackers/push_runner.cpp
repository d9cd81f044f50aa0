#include "push_runner.h"

#include "store/workspace.h"

#include <QTimer>

namespace docket {

namespace {
// How far back to look for an issue a lost answer may have created: the clocks of Docket and the
// tracker need not agree to the second.
constexpr int kClockSlackSeconds = 10 * 60;
const QString kActor = QStringLiteral("push");
} // namespace

PushRunner::PushRunner(Workspace &workspace, TrackerPusher &pusher, QString accountId, QString target,
                       QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_pusher(pusher)
    , m_accountId(std::move(accountId))
    , m_target(std::move(target))
{}

void PushRunner::start(const PushPlan &plan)
{
    m_queue = plan.pushes;
    m_total = int(m_queue.size());
    m_done = 0;
    m_summary = {};
    m_cancelled = false;
    m_running = true;
    m_startedAt = QDateTime::currentDateTimeUtc();
    if (!m_queue.isEmpty())
        if (auto first = m_workspace.ticket(m_queue.first().ticketId))
            learnKnownIssues(first.value().documentId);
    emit progressChanged(0, m_total);
    m_pusher.prepare([this](Status prepared) {
        if (!prepared) {
            for (const PlannedPush &planned : std::as_const(m_queue))
                if (auto ticket = m_workspace.ticket(planned.ticketId))
                    markFailed(ticket.value(), prepared.error().message);
            m_queue.clear();
        }
        next();
    });
}

void PushRunner::cancel()
{
    m_cancelled = true;
}

void PushRunner::next()
{
    if (m_queue.isEmpty() || m_cancelled) {
        m_summary.cancelled = int(m_queue.size());
        m_queue.clear();
        m_running = false;
        emit finished(m_summary);
        return;
    }
    const PlannedPush planned = m_queue.first();
    auto ticket = m_workspace.ticket(planned.ticketId);
    if (!ticket) {
        m_summary.failures.append(ticket.error().message);
        ++m_summary.failed;
        advance();
        return;
    }
    // An intent a crash or a lost answer left open is settled before anything is sent.
    auto open = m_workspace.openPushIntents(m_accountId);
    if (open) {
        for (const PushIntent &intent : open.value())
            if (intent.ticketId == ticket.value().id) {
                settleOpenIntent(ticket.value(), intent, [this, planned] {
                    auto fresh = m_workspace.ticket(planned.ticketId);
                    if (fresh && !fresh.value().externalId.isEmpty() &&
                        planned.operation == PushOperation::Create)
                        advance(); // found: it was created after all
                    else if (fresh)
                        push(fresh.value(), planned.operation, 0);
                    else
                        advance();
                });
                return;
            }
    }
    push(ticket.value(), planned.operation, 0);
}

void PushRunner::settleOpenIntent(const Ticket &ticket, const PushIntent &intent, std::function<void()> then)
{
    m_pusher.find(
        ticket, intent.createdAt.addSecs(-kClockSlackSeconds),
        [this, ticket, intent, then](Result<std::optional<RemoteIssue>> found) {
            if (found && found.value()) {
                markPushed(ticket, *found.value());
                m_workspace.setPushIntentState(intent.id, PushIntent::State::Confirmed);
            } else if (found) {
                m_workspace.setPushIntentState(intent.id, PushIntent::State::Failed,
                                               tr("Not in the tracker; sent again."));
            }
            // A failed lookup leaves the intent open: nothing is sent blind.
            if (!found) {
                markFailed(
                    ticket,
                    tr("Could not check whether an earlier push arrived: %1").arg(found.error().message));
                advance();
                return;
            }
            then();
        });
}

void PushRunner::push(const Ticket &ticket, PushOperation operation, int unknownRetries)
{
    PushIntent intent;
    intent.ticketId = ticket.id;
    intent.accountId = m_accountId;
    intent.target = m_target;
    intent.operation =
        operation == PushOperation::Create ? PushIntent::Operation::Create : PushIntent::Operation::Update;
    intent.pushKey = ticket.pushKey;
    auto recorded = m_workspace.recordPushIntent(intent); // before the request leaves
    if (!recorded) {
        markFailed(ticket, recorded.error().message);
        advance();
        return;
    }
    const qint64 intentId = recorded.value();
    const auto handle = [this, ticket, operation, intentId, unknownRetries](const PushOutcome &outcome) {
        onOutcome(ticket, operation, intentId, unknownRetries, outcome);
    };
    if (operation == PushOperation::Create)
        m_pusher.create(ticket, m_known, handle);
    else
        m_pusher.update(ticket, m_known, handle);
}

void PushRunner::onOutcome(const Ticket &ticket, PushOperation operation, qint64 intentId, int unknownRetries,
                           const PushOutcome &outcome)
{
    switch (outcome.kind) {
    case PushOutcome::Kind::Done:
        m_workspace.setPushIntentState(intentId, PushIntent::State::Confirmed);
        markPushed(ticket, operation == PushOperation::Update && outcome.issue.externalId.isEmpty()
                               ? RemoteIssue{ticket.externalId, QUrl(ticket.externalUrl), {}}
                               : outcome.issue);
        linkToParent(ticket, outcome.issue, [this] { advance(); });
        return;
    case PushOutcome::Kind::Rejected:
    case PushOutcome::Kind::Failed:
        m_workspace.setPushIntentState(intentId, PushIntent::State::Failed, outcome.message);
        markFailed(ticket, outcome.message);
        advance();
        return;
    case PushOutcome::Kind::Unknown:
        break;
    }
    // The answer was lost. An update can simply be sent again; a create is looked up first.
    m_workspace.setPushIntentState(intentId, PushIntent::State::Unknown, outcome.message);
    if (unknownRetries >= kMaxUnknownRetries) {
        markFailed(ticket,
                   tr("No answer from the tracker after %n attempt(s): %1", nullptr, unknownRetries + 1)
                       .arg(outcome.message));
        advance(); // the intent stays open: the next push looks for the issue first
        return;
    }
    if (operation == PushOperation::Update) {
        m_workspace.setPushIntentState(intentId, PushIntent::State::Failed, outcome.message);
        push(ticket, operation, unknownRetries + 1);
        return;
    }
    m_pusher.find(
        ticket, m_startedAt.addSecs(-kClockSlackSeconds),
        [this, ticket, operation, intentId, unknownRetries](Result<std::optional<RemoteIssue>> found) {
            if (found && found.value()) {
                m_workspace.setPushIntentState(intentId, PushIntent::State::Confirmed);
                markPushed(ticket, *found.value());
                linkToParent(ticket, *found.value(), [this] { advance(); });
                return;
            }
            if (!found) {
                markFailed(ticket,
                           tr("Could not check whether the push arrived: %1").arg(found.error().message));
                advance(); // the intent stays open for the next push to settle
                return;
            }
            m_workspace.setPushIntentState(intentId, PushIntent::State::Failed,
                                           tr("Not in the tracker; sent again."));
            push(ticket, operation, unknownRetries + 1);
        });
}

void PushRunner::markPushed(const Ticket &ticket, const RemoteIssue &issue)
{
    Ticket pushed = latest(ticket);
    pushed.status = TicketStatus::Pushed;
    pushed.platform = m_pusher.platform();
    pushed.externalId = issue.externalId;
    pushed.externalUrl = issue.url.toString();
    pushed.changedLocally = false;
    pushed.lastPushError.clear();
    m_workspace.saveTicket(pushed, kActor);
    m_known.insert(ticket.id, issue);
    ++m_summary.pushed;
    emit ticketPushed(ticket.id, pushed.externalUrl);
}

void PushRunner::markFailed(const Ticket &ticket, const QString &reason)
{
    Ticket failed = latest(ticket);
    if (!isInTracker(failed)) // a failed update leaves a pushed ticket pushed, still changed locally
        failed.status = TicketStatus::PushFailed;
    failed.lastPushError = reason;
    m_workspace.saveTicket(failed, kActor);
    ++m_summary.failed;
    m_summary.failures.append(QStringLiteral("%1: %2").arg(ticket.title, reason));
    emit ticketFailed(ticket.id, reason);
}

void PushRunner::linkToParent(const Ticket &ticket, const RemoteIssue &issue, std::function<void()> then)
{
    if (ticket.parentId.isEmpty() || !m_known.contains(ticket.parentId) || issue.internalId.isEmpty()) {
        then();
        return;
    }
    const RemoteIssue parentIssue = m_known.value(ticket.parentId);
    m_pusher.linkParent(issue, parentIssue, [this, ticket, then](Status linked) {
        if (!linked) { // the issue exists; only the hierarchy is missing, and the PM is told
            Ticket noted = latest(ticket);
            noted.lastPushError =
                tr("Pushed, but not linked under its parent: %1").arg(linked.error().message);
            m_workspace.saveTicket(noted, kActor);
        }
        then();
    });
}

void PushRunner::advance()
{
    if (!m_queue.isEmpty())
        m_queue.removeFirst();
    ++m_done;
    emit progressChanged(m_done, m_total);
    QTimer::singleShot(0, this, &PushRunner::next);
}

Ticket PushRunner::latest(const Ticket &ticket) const
{
    auto stored = m_workspace.ticket(ticket.id);
    return stored ? stored.value() : ticket;
}

void PushRunner::learnKnownIssues(const QString &documentId)
{
    m_known.clear();
    auto tickets = m_workspace.tickets(TicketQuery{documentId, std::nullopt});
    if (!tickets)
        return;
    for (const Ticket &ticket : tickets.value())
        if (!ticket.externalId.isEmpty() && ticket.platform == m_pusher.platform())
            m_known.insert(ticket.id, {ticket.externalId, QUrl(ticket.externalUrl), {}});
}

} // namespace docket
