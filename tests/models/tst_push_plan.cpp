#include "domain/push_plan.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace docket;

namespace {

Ticket reviewed(const QString &title)
{
    Ticket ticket;
    ticket.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ticket.documentId = QStringLiteral("6f1c2d3e-4b5a-4c6d-8e7f-001122334455");
    ticket.title = title;
    ticket.status = TicketStatus::Reviewed;
    ticket.acceptanceCriteria = {QStringLiteral("It works")};
    return ticket;
}

QStringList idsOf(const QList<PlannedPush> &pushes)
{
    QStringList ids;
    for (const PlannedPush &push : pushes)
        ids.append(push.ticketId);
    return ids;
}

QStringList heldIds(const PushPlan &plan)
{
    QStringList ids;
    for (const HeldBack &held : plan.heldBack)
        ids.append(held.ticketId);
    return ids;
}

} // namespace

class TestPushPlan : public QObject {
    Q_OBJECT
private slots:
    void priorityTableOfTheSeed()
    {
        QCOMPARE(githubPriorityLabel(Priority::P0), QStringLiteral("priority:critical"));
        QCOMPARE(githubPriorityLabel(Priority::P3), QStringLiteral("priority:low"));
        QCOMPARE(linearPriority(Priority::P0), 1);
        QCOMPARE(linearPriority(Priority::P2), 3);
        QCOMPARE(linearPriority(std::nullopt), 0);
        QCOMPARE(jiraPriorityName(Priority::P0), QStringLiteral("Highest"));
        QCOMPARE(jiraPriorityName(Priority::P1), QStringLiteral("High"));
        QCOMPARE(jiraPriorityName(std::nullopt), QStringLiteral("Medium"));
    }

    void parentsAndDependenciesGoFirstWithTheirLinks()
    {
        Ticket epic = reviewed(QStringLiteral("Onboarding"));
        epic.ticketType = TicketType::Epic;
        Ticket api = reviewed(QStringLiteral("Checklist API"));
        api.parentId = epic.id;
        Ticket ui = reviewed(QStringLiteral("Checklist UI"));
        ui.parentId = epic.id;
        ui.dependencies = {api.id};
        const PushPlan plan = planPush({ui, api, epic}, {}, Platform::GitHub);
        const QStringList order = idsOf(plan.pushes);
        QCOMPARE(order.size(), 3);
        QVERIFY(order.indexOf(epic.id) < order.indexOf(api.id));
        QVERIFY(order.indexOf(api.id) < order.indexOf(ui.id));
        QCOMPARE(plan.creates(), 3);
        QCOMPARE(plan.parentLinks.size(), 2);
        QCOMPARE(plan.dependencyLinks, (QList<std::pair<QString, QString>>{{ui.id, api.id}}));
        QCOMPARE(plan.links(), 3);
    }

    void whatIsNotReadyIsHeldBackWithItsReason()
    {
        Ticket draft = reviewed(QStringLiteral("Still a draft"));
        draft.status = TicketStatus::Generated;
        Ticket noCriteria = reviewed(QStringLiteral("No criteria"));
        noCriteria.acceptanceCriteria.clear();
        Ticket inJira = reviewed(QStringLiteral("Already in Jira"));
        inJira.status = TicketStatus::Pushed;
        inJira.platform = Platform::Jira;
        inJira.externalId = QStringLiteral("ENG-4");
        Ticket a = reviewed(QStringLiteral("A"));
        Ticket b = reviewed(QStringLiteral("B"));
        a.dependencies = {b.id};
        b.dependencies = {a.id};
        Ticket waiting = reviewed(QStringLiteral("Waits for A"));
        waiting.dependencies = {a.id};
        Ticket fine = reviewed(QStringLiteral("Fine"));
        const PushPlan plan =
            planPush({draft, noCriteria, inJira, a, b, waiting, fine}, {}, Platform::GitHub);
        QCOMPARE(idsOf(plan.pushes), QStringList{fine.id});
        const QStringList held = heldIds(plan);
        for (const Ticket &ticket : {draft, noCriteria, inJira, a, b, waiting})
            QVERIFY2(held.contains(ticket.id), qPrintable(ticket.title));
        for (const HeldBack &reason : plan.heldBack) {
            QVERIFY(!reason.reason.isEmpty());
            if (reason.ticketId == a.id)
                QVERIFY(reason.reason.contains(QStringLiteral("cycle")));
            if (reason.ticketId == noCriteria.id)
                QVERIFY(reason.reason.contains(QStringLiteral("acceptance_criteria")));
            if (reason.ticketId == inJira.id)
                QVERIFY(reason.reason.contains(QStringLiteral("second copy")));
        }
    }

    void pushedTicketsGoAgainOnlyAsUpdatesWhenChangedLocally()
    {
        Ticket pushed = reviewed(QStringLiteral("Pushed"));
        pushed.status = TicketStatus::Pushed;
        pushed.platform = Platform::Linear;
        pushed.externalId = QStringLiteral("lin-1");
        Ticket edited = pushed;
        edited.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        edited.externalId = QStringLiteral("lin-2");
        edited.changedLocally = true;
        Ticket failed = reviewed(QStringLiteral("Failed last time"));
        failed.status = TicketStatus::PushFailed;
        const PushPlan plan = planPush({pushed, edited, failed}, {}, Platform::Linear);
        QCOMPARE(plan.unchanged, QStringList{pushed.id});
        QCOMPARE(plan.updates(), 1);
        QCOMPARE(plan.creates(), 1);
        for (const PlannedPush &push : plan.pushes)
            QCOMPARE(push.operation,
                     push.ticketId == edited.id ? PushOperation::Update : PushOperation::Create);
    }

    void aSelectionLimitsThePushAndKeysAreGivenOnce()
    {
        Ticket one = reviewed(QStringLiteral("One"));
        Ticket two = reviewed(QStringLiteral("Two"));
        two.pushKey = QStringLiteral("kept-from-an-earlier-attempt");
        Ticket three = reviewed(QStringLiteral("Three"));
        const PushPlan plan = planPush({one, two, three}, {one.id, two.id}, Platform::Jira);
        QCOMPARE(idsOf(plan.pushes).size(), 2);
        QVERIFY(!idsOf(plan.pushes).contains(three.id));
        const QList<Ticket> keyed = assignPushKeys({one, two, three}, plan);
        QCOMPARE(keyed.size(), 1); // "two" keeps the key it had: a retry must find its issue
        QCOMPARE(keyed.first().id, one.id);
        const QUuid key(keyed.first().pushKey);
        QVERIFY(!key.isNull());
        QCOMPARE(key.version(), QUuid::Random);
    }

    void pushKeysAndTheOutboxSurviveReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("outbox.docket"));
        Ticket ticket = reviewed(QStringLiteral("Checklist API"));
        QString intentId;
        {
            auto workspace = Workspace::open(path).value();
            Document document;
            document.id = ticket.documentId;
            document.title = QStringLiteral("Spec");
            document.sourcePath = QStringLiteral("spec.md");
            document.sha256 = QStringLiteral("00");
            document.importedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(workspace->addDocument(document, {}, QStringLiteral("test")));
            const QList<Ticket> keyed = assignPushKeys({ticket}, planPush({ticket}, {}, Platform::GitHub));
            QVERIFY(workspace->saveTickets(keyed, QStringLiteral("push")));
            ticket = workspace->ticket(ticket.id).value();
            QVERIFY(!ticket.pushKey.isEmpty());

            Account account;
            account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            account.apiBaseUrl = QUrl(QStringLiteral("https://api.github.com"));
            QVERIFY(workspace->saveAccount(account, QStringLiteral("test")));
            PushIntent intent;
            intent.ticketId = ticket.id;
            intent.accountId = account.id;
            intent.target = QStringLiteral("acme/app");
            intent.pushKey = ticket.pushKey;
            auto first = workspace->recordPushIntent(intent);
            auto second = workspace->recordPushIntent(intent);
            QVERIFY2(first && second, qPrintable(first ? (second ? QString() : second.error().toString())
                                                       : first.error().toString()));
            // The first answer was lost; the second went through.
            QVERIFY(workspace->setPushIntentState(first.value(), PushIntent::State::Unknown,
                                                  QStringLiteral("timeout")));
            QVERIFY(workspace->setPushIntentState(second.value(), PushIntent::State::Confirmed));
            QVERIFY(!workspace->setPushIntentState(9999, PushIntent::State::Confirmed));
        }
        // A crash here loses nothing: the open intent is still there, with the key to look for.
        auto reopened = Workspace::open(path).value();
        const QList<PushIntent> open = reopened->openPushIntents().value();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().state, PushIntent::State::Unknown);
        QCOMPARE(open.first().pushKey, ticket.pushKey);
        QCOMPARE(open.first().lastError, QStringLiteral("timeout"));
        QCOMPARE(reopened->ticket(ticket.id).value().pushKey, ticket.pushKey);
        // A push key is unique in the workspace: two tickets can never claim the same issue.
        Ticket copy = ticket;
        copy.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(!reopened->saveTicket(copy, QStringLiteral("test")));
    }
};

QTEST_GUILESS_MAIN(TestPushPlan)
#include "tst_push_plan.moc"
