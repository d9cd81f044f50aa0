#include "domain/push_plan.h"
#include "store/workspace.h"
#include "trackers/push_runner.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace docket;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// An in-memory tracker whose answers the test scripts: what it did, and what the pusher heard.
class ScriptedTracker : public TrackerPusher {
public:
    enum class Next { Answer, Reject, LoseAnswerAfterCreating, LoseAnswerWithoutCreating };

    QList<Next> script;                 // consumed by create/update, one per call
    QHash<QString, RemoteIssue> issues; // by push key: what really exists
    int creates = 0;
    int updates = 0;
    int lookups = 0;
    QList<std::pair<QString, QString>> links; // child number -> parent number

    Platform platform() const override { return Platform::GitHub; }
    void prepare(std::function<void(Status)> done) override
    {
        later([done] { done({}); });
    }

    void create(const Ticket &ticket, const QHash<QString, RemoteIssue> &,
                std::function<void(PushOutcome)> done) override
    {
        ++creates;
        const Next next = script.isEmpty() ? Next::Answer : script.takeFirst();
        const RemoteIssue issue{
            QString::number(issues.size() + 1),
            QUrl(QStringLiteral("https://github.example/acme/app/issues/%1").arg(issues.size() + 1)),
            QString::number(1000 + issues.size() + 1)};
        if (next == Next::Answer || next == Next::LoseAnswerAfterCreating)
            issues.insert(ticket.pushKey, issue);
        later([next, issue, done] {
            if (next == Next::Answer)
                done({PushOutcome::Kind::Done, issue, {}});
            else if (next == Next::Reject)
                done({PushOutcome::Kind::Rejected, {}, QStringLiteral("Validation Failed: title too long")});
            else
                done({PushOutcome::Kind::Unknown, {}, QStringLiteral("connection reset")});
        });
    }

    void update(const Ticket &ticket, const QHash<QString, RemoteIssue> &,
                std::function<void(PushOutcome)> done) override
    {
        ++updates;
        const RemoteIssue issue = issues.value(ticket.pushKey);
        later([issue, done] { done({PushOutcome::Kind::Done, issue, {}}); });
    }

    void find(const Ticket &ticket, const QDateTime &,
              std::function<void(Result<std::optional<RemoteIssue>>)> done) override
    {
        ++lookups;
        const std::optional<RemoteIssue> found =
            issues.contains(ticket.pushKey) ? std::optional(issues.value(ticket.pushKey)) : std::nullopt;
        later([found, done] { done(found); });
    }

    void linkParent(const RemoteIssue &child, const RemoteIssue &parent,
                    std::function<void(Status)> done) override
    {
        links.append({child.externalId, parent.externalId});
        later([done] { done({}); });
    }

private:
    static void later(std::function<void()> work) { QTimer::singleShot(0, std::move(work)); }
};

} // namespace

class TestPushRunner : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = std::move(Workspace::open(m_dir.filePath(newId() + QStringLiteral(".docket"))).value());
        Document document;
        document.id = m_documentId = newId();
        document.title = QStringLiteral("Spec");
        document.sourcePath = QStringLiteral("spec.md");
        document.sha256 = QStringLiteral("00");
        document.importedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(m_workspace->addDocument(document, {}, QStringLiteral("test")));
        Account account;
        account.id = m_accountId = newId();
        account.apiBaseUrl = QUrl(QStringLiteral("https://api.github.com"));
        QVERIFY(m_workspace->saveAccount(account, QStringLiteral("test")));
    }

    void cleanup() { m_workspace.reset(); }

    void everyTicketBecomesOneIssueAndEpicsGetTheirChildren();
    void aRefusalMarksThatTicketFailedAndTheRestGoOn();
    void aLostAnswerIsLookedUpNotSentTwice();
    void anIntentLeftOpenByACrashIsSettledFirst();
    void cancelStopsAfterTheTicketInFlight();
    void aTicketChangedLocallyGoesAsAnUpdate();

private:
    Ticket reviewedTicket(const QString &title)
    {
        Ticket ticket;
        ticket.id = newId();
        ticket.documentId = m_documentId;
        ticket.title = title;
        ticket.status = TicketStatus::Reviewed;
        ticket.acceptanceCriteria = {QStringLiteral("It works")};
        return ticket;
    }

    // Plans, keys and runs a push of the document, as the push dialog does.
    PushSummary runPush(ScriptedTracker &tracker, PushRunner **runnerOut = nullptr,
                        const std::function<void(PushRunner &)> &whileRunning = {})
    {
        const QList<Ticket> tickets = m_workspace->tickets(TicketQuery{m_documentId, std::nullopt}).value();
        const PushPlan plan = planPush(tickets, {}, Platform::GitHub);
        if (!m_workspace->saveTickets(assignPushKeys(tickets, plan), QStringLiteral("push")))
            return {};
        PushRunner runner(*m_workspace, tracker, m_accountId, QStringLiteral("acme/app"));
        if (runnerOut)
            *runnerOut = &runner;
        QSignalSpy finished(&runner, &PushRunner::finished);
        runner.start(plan);
        if (whileRunning)
            whileRunning(runner);
        if (!finished.wait(10000) && finished.isEmpty())
            return {};
        return finished.first().first().value<PushSummary>();
    }

    Ticket stored(const QString &id) { return m_workspace->ticket(id).value(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QString m_documentId;
    QString m_accountId;
};

void TestPushRunner::everyTicketBecomesOneIssueAndEpicsGetTheirChildren()
{
    Ticket epic = reviewedTicket(QStringLiteral("Onboarding"));
    epic.ticketType = TicketType::Epic;
    Ticket story = reviewedTicket(QStringLiteral("Checklist"));
    story.parentId = epic.id;
    Ticket task = reviewedTicket(QStringLiteral("Checklist API"));
    task.dependencies = {story.id};
    QVERIFY(m_workspace->saveTickets({task, story, epic}, QStringLiteral("test")));

    ScriptedTracker tracker;
    const PushSummary summary = runPush(tracker);
    QCOMPARE(summary.pushed, 3);
    QCOMPARE(summary.failed, 0);
    QCOMPARE(tracker.creates, 3);
    QCOMPARE(tracker.issues.size(), 3);
    for (const Ticket &ticket : {epic, story, task}) {
        const Ticket pushed = stored(ticket.id);
        QCOMPARE(pushed.status, TicketStatus::Pushed);
        QCOMPARE(pushed.platform, Platform::GitHub);
        QVERIFY(!pushed.externalId.isEmpty());
        QVERIFY(pushed.externalUrl.startsWith(QStringLiteral("https://")));
        QVERIFY(!pushed.pushKey.isEmpty());
    }
    QCOMPARE(tracker.links,
             (QList<std::pair<QString, QString>>{{stored(story.id).externalId, stored(epic.id).externalId}}));
    QVERIFY(m_workspace->openPushIntents().value().isEmpty());

    // Pushing again sends nothing: everything is in the tracker as it is here.
    ScriptedTracker again;
    const QList<Ticket> tickets = m_workspace->tickets(TicketQuery{m_documentId, std::nullopt}).value();
    QCOMPARE(planPush(tickets, {}, Platform::GitHub).pushes.size(), 0);
}

void TestPushRunner::aRefusalMarksThatTicketFailedAndTheRestGoOn()
{
    const Ticket first = reviewedTicket(QStringLiteral("First"));
    const Ticket second = reviewedTicket(QStringLiteral("Second"));
    QVERIFY(m_workspace->saveTickets({first, second}, QStringLiteral("test")));
    ScriptedTracker tracker;
    tracker.script = {ScriptedTracker::Next::Reject, ScriptedTracker::Next::Answer};
    const PushSummary summary = runPush(tracker);
    QCOMPARE(summary.pushed, 1);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.failures.size(), 1);
    QVERIFY(summary.failures.first().contains(QStringLiteral("title too long")));
    const Ticket failed = stored(first.id);
    QCOMPARE(failed.status, TicketStatus::PushFailed);
    QCOMPARE(failed.lastPushError, QStringLiteral("Validation Failed: title too long"));
    QCOMPARE(stored(second.id).status, TicketStatus::Pushed);
    // "Retry failed": the failed one is planned again, as a create, with its key kept.
    const QList<Ticket> tickets = m_workspace->tickets(TicketQuery{m_documentId, std::nullopt}).value();
    const PushPlan retry = planPush(tickets, {}, Platform::GitHub);
    QCOMPARE(retry.pushes.size(), 1);
    QCOMPARE(retry.pushes.first().ticketId, first.id);
    QVERIFY(assignPushKeys(tickets, retry).isEmpty());
}

void TestPushRunner::aLostAnswerIsLookedUpNotSentTwice()
{
    const Ticket created = reviewedTicket(QStringLiteral("Created, answer lost"));
    const Ticket notCreated = reviewedTicket(QStringLiteral("Never arrived"));
    QVERIFY(m_workspace->saveTickets({created, notCreated}, QStringLiteral("test")));
    ScriptedTracker tracker;
    tracker.script = {ScriptedTracker::Next::LoseAnswerAfterCreating,
                      ScriptedTracker::Next::LoseAnswerWithoutCreating, ScriptedTracker::Next::Answer};
    const PushSummary summary = runPush(tracker);
    QCOMPARE(summary.pushed, 2);
    QCOMPARE(summary.failed, 0);
    QCOMPARE(tracker.issues.size(), 2); // one issue per ticket, never two
    QCOMPARE(tracker.creates, 3);       // the one that never arrived was sent again, after a lookup
    QCOMPARE(tracker.lookups, 2);
    QCOMPARE(stored(created.id).externalId, tracker.issues.value(stored(created.id).pushKey).externalId);
    QVERIFY(m_workspace->openPushIntents().value().isEmpty());
}

void TestPushRunner::anIntentLeftOpenByACrashIsSettledFirst()
{
    Ticket ticket = reviewedTicket(QStringLiteral("Pushed just before a crash"));
    ticket.pushKey = newId();
    QVERIFY(m_workspace->saveTicket(ticket, QStringLiteral("test")));
    PushIntent intent;
    intent.ticketId = ticket.id;
    intent.accountId = m_accountId;
    intent.target = QStringLiteral("acme/app");
    intent.pushKey = ticket.pushKey;
    QVERIFY(m_workspace->recordPushIntent(intent)); // recorded, then the app died
    ScriptedTracker tracker;
    tracker.issues.insert(ticket.pushKey, {QStringLiteral("77"),
                                           QUrl(QStringLiteral("https://github.example/acme/app/issues/77")),
                                           QStringLiteral("1077")});
    const PushSummary summary = runPush(tracker);
    QCOMPARE(summary.pushed, 1);
    QCOMPARE(tracker.creates, 0); // found by its key: nothing sent
    QCOMPARE(stored(ticket.id).externalId, QStringLiteral("77"));
    QVERIFY(m_workspace->openPushIntents().value().isEmpty());
}

void TestPushRunner::cancelStopsAfterTheTicketInFlight()
{
    for (int i = 0; i < 4; ++i)
        QVERIFY(m_workspace->saveTicket(reviewedTicket(QStringLiteral("Ticket %1").arg(i)),
                                        QStringLiteral("test")));
    ScriptedTracker tracker;
    // The PM cancels while the first ticket is on its way.
    const PushSummary summary = runPush(tracker, nullptr, [](PushRunner &runner) { runner.cancel(); });
    QCOMPARE(tracker.creates, 0); // cancelled before the first request left
    QCOMPARE(summary.cancelled, 4);

    // Cancelled with one request on the wire: that one finishes and is recorded; the rest wait.
    ScriptedTracker second;
    const PushSummary partial = runPush(second, nullptr, [](PushRunner &runner) {
        QObject::connect(&runner, &PushRunner::ticketPushed, &runner, [&runner] { runner.cancel(); });
    });
    QCOMPARE(partial.pushed, 1);
    QCOMPARE(second.creates, 1);
    QCOMPARE(partial.cancelled, 3);
    QVERIFY(m_workspace->openPushIntents().value().isEmpty()); // nothing left half-done
}

void TestPushRunner::aTicketChangedLocallyGoesAsAnUpdate()
{
    Ticket ticket = reviewedTicket(QStringLiteral("Edited after the push"));
    QVERIFY(m_workspace->saveTicket(ticket, QStringLiteral("test")));
    ScriptedTracker tracker;
    QCOMPARE(runPush(tracker).pushed, 1);
    Ticket edited = stored(ticket.id);
    edited.title = QStringLiteral("Edited after the push, again");
    edited.changedLocally = true;
    QVERIFY(m_workspace->saveTicket(edited, QStringLiteral("gui")));
    const PushSummary summary = runPush(tracker);
    QCOMPARE(summary.pushed, 1);
    QCOMPARE(tracker.creates, 1);
    QCOMPARE(tracker.updates, 1);
    QVERIFY(!stored(ticket.id).changedLocally);
    QCOMPARE(stored(ticket.id).status, TicketStatus::Pushed);
}

QTEST_GUILESS_MAIN(TestPushRunner)
#include "tst_push_runner.moc"
