#pragma once

#include "domain/push_plan.h"
#include "tracker_pusher.h"

#include <QHash>
#include <QObject>

namespace docket {

class Workspace;
struct PushIntent;

struct PushSummary {
    int pushed = 0;
    int failed = 0;
    int cancelled = 0;
    QStringList failures; // "title: reason", one per failed ticket
};

// Carries out a PushPlan against one tracker, one ticket at a time, through the outbox: every
// create or update is recorded as an intent before its request leaves. An intent left open by a
// crash, or an answer that was lost, is settled by looking for the issue that carries the
// ticket's push key before anything is sent again — a ticket never becomes two issues. Results
// are saved on each ticket at once (pushed with its id and URL, or push_failed with the tracker's
// words). cancel() lets the ticket in flight finish and stops before the next one.
class PushRunner : public QObject {
    Q_OBJECT
public:
    PushRunner(Workspace &workspace, TrackerPusher &pusher, QString accountId, QString target,
               QObject *parent = nullptr);

    void start(const PushPlan &plan);
    void cancel();
    bool isRunning() const { return m_running; }

    static constexpr int kMaxUnknownRetries = 2;

signals:
    void progressChanged(int done, int total);
    void ticketPushed(const QString &ticketId, const QString &url);
    void ticketFailed(const QString &ticketId, const QString &reason);
    void finished(const docket::PushSummary &summary);

private:
    void next();
    void push(const Ticket &ticket, PushOperation operation, int unknownRetries);
    void settleOpenIntent(const Ticket &ticket, const PushIntent &intent, std::function<void()> then);
    void onOutcome(const Ticket &ticket, PushOperation operation, qint64 intentId, int unknownRetries,
                   const PushOutcome &outcome);
    void markPushed(const Ticket &ticket, const RemoteIssue &issue);
    void markFailed(const Ticket &ticket, const QString &reason);
    void linkToParent(const Ticket &ticket, const RemoteIssue &issue, std::function<void()> then);
    void advance();
    Ticket latest(const Ticket &ticket) const;
    void learnKnownIssues(const QString &documentId);

    Workspace &m_workspace;
    TrackerPusher &m_pusher;
    QString m_accountId;
    QString m_target;
    QList<PlannedPush> m_queue;
    int m_total = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
    PushSummary m_summary;
    QDateTime m_startedAt;
    QHash<QString, RemoteIssue> m_known; // the document's issues in this tracker, by ticket id
};

} // namespace docket

Q_DECLARE_METATYPE(docket::PushSummary)
