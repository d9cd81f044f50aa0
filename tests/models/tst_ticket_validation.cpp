#include "domain/dependency_graph.h"
#include "domain/draft.h"
#include "domain/json.h"
#include "domain/ticket.h"
#include "domain/workflow.h"

#include <QTest>
#include <QUuid>

using namespace docket;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Ticket validTicket()
{
    Ticket ticket;
    ticket.id = newId();
    ticket.documentId = newId();
    ticket.title = QStringLiteral("Send a reminder e-mail after three days");
    ticket.acceptanceCriteria = {QStringLiteral("No reminder for finished members")};
    return ticket;
}

QStringList fieldsOf(const QList<Violation> &violations)
{
    QStringList fields;
    for (const Violation &violation : violations)
        fields.append(violation.field);
    return fields;
}

} // namespace

class TestTicketValidation : public QObject {
    Q_OBJECT
private slots:
    void aValidTicketHasNoViolations() { QVERIFY(validateTicket(validTicket()).isEmpty()); }

    void eachRuleNamesItsField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("rule");
        QTest::newRow("empty title") << QStringLiteral("title") << 0;
        QTest::newRow("nine criteria") << QStringLiteral("acceptance_criteria") << 1;
        QTest::newRow("empty criterion") << QStringLiteral("acceptance_criteria") << 2;
        QTest::newRow("reviewed without criteria") << QStringLiteral("acceptance_criteria") << 3;
        QTest::newRow("zero story points") << QStringLiteral("story_points") << 4;
        QTest::newRow("101 story points") << QStringLiteral("story_points") << 5;
        QTest::newRow("confidence 1.5") << QStringLiteral("confidence") << 6;
        QTest::newRow("duplicate label") << QStringLiteral("labels") << 7;
        QTest::newRow("depends on itself") << QStringLiteral("dependencies") << 8;
        QTest::newRow("pushed without external id") << QStringLiteral("external_id") << 9;
        QTest::newRow("own parent") << QStringLiteral("parent") << 10;
        QTest::newRow("id not a uuid") << QStringLiteral("id") << 11;
    }

    void eachRuleNamesItsField()
    {
        QFETCH(QString, field);
        QFETCH(int, rule);
        Ticket ticket = validTicket();
        switch (rule) {
        case 0:
            ticket.title = QStringLiteral("   ");
            break;
        case 1:
            ticket.acceptanceCriteria.clear();
            for (int i = 0; i < 9; ++i)
                ticket.acceptanceCriteria.append(QStringLiteral("Criterion %1").arg(i));
            break;
        case 2:
            ticket.acceptanceCriteria.append(QStringLiteral(" "));
            break;
        case 3:
            ticket.acceptanceCriteria.clear();
            ticket.status = TicketStatus::Reviewed;
            break;
        case 4:
            ticket.storyPoints = 0;
            break;
        case 5:
            ticket.storyPoints = 101;
            break;
        case 6:
            ticket.confidence = 1.5;
            break;
        case 7:
            ticket.labels = {QStringLiteral("ux"), QStringLiteral("ux")};
            break;
        case 8:
            ticket.dependencies = {ticket.id};
            break;
        case 9:
            ticket.status = TicketStatus::Pushed;
            ticket.platform = Platform::GitHub;
            break;
        case 10:
            ticket.parentId = ticket.id;
            break;
        case 11:
            ticket.id = QStringLiteral("SPEC-1");
            break;
        }
        const QList<Violation> violations = validateTicket(ticket);
        QVERIFY2(fieldsOf(violations).contains(field),
                 qPrintable(fieldsOf(violations).join(QLatin1Char(','))));
        for (const Violation &violation : violations)
            QVERIFY(!violation.message.isEmpty());
    }

    void aFreshDraftMayLackCriteria()
    {
        Ticket ticket = validTicket();
        ticket.acceptanceCriteria.clear();
        QVERIFY(validateTicket(ticket).isEmpty());
    }

    void everyViolationIsReportedNotJustTheFirst()
    {
        Ticket ticket = validTicket();
        ticket.title.clear();
        ticket.storyPoints = 500;
        ticket.confidence = -1;
        QCOMPARE(validateTicket(ticket).size(), 3);
    }

    void referencesStayInsideTheDocument()
    {
        Ticket parent = validTicket();
        Ticket child = validTicket();
        child.documentId = parent.documentId;
        child.parentId = parent.id;
        Ticket stranger = validTicket(); // another document
        child.dependencies = {stranger.id, newId()};
        const QList<Violation> violations = validateTicketReferences(child, {parent, child, stranger});
        QCOMPARE(violations.size(), 2);
        QCOMPARE(violations.at(0).field, QStringLiteral("dependencies"));
        QVERIFY(violations.at(0).message.contains(QStringLiteral("another document")));
        QVERIFY(violations.at(1).message.contains(QStringLiteral("does not exist")));

        child.dependencies.clear();
        child.parentId = stranger.id;
        QCOMPARE(fieldsOf(validateTicketReferences(child, {parent, child, stranger})),
                 QStringList{QStringLiteral("parent")});
    }

    void ticketJsonRoundTrips()
    {
        Ticket ticket = validTicket();
        ticket.priority = Priority::P0;
        ticket.storyPoints = 8;
        ticket.confidence = 0.5;
        ticket.platform = Platform::Linear;
        ticket.status = TicketStatus::Synced;
        ticket.externalId = QStringLiteral("ENG-42");
        ticket.createdAt =
            QDateTime::fromString(QStringLiteral("2026-11-20T10:00:00.000Z"), Qt::ISODateWithMs);
        ticket.updatedAt = ticket.createdAt;
        auto back = ticketFromJson(ticketToJson(ticket));
        QVERIFY(back);
        QCOMPARE(back.value(), ticket);
        QCOMPARE(ticketToJson(ticket).value(QStringLiteral("priority")).toString(), QStringLiteral("P0"));
    }

    void priorityWordsMapBothWays()
    {
        // The seed's table: critical/high/medium/low <-> P0..P3.
        QCOMPARE(priorityFromWord(QStringLiteral("critical")), std::optional<Priority>(Priority::P0));
        QCOMPARE(priorityFromWord(QStringLiteral("High")), std::optional<Priority>(Priority::P1));
        QCOMPARE(priorityFromWord(QStringLiteral("medium")), std::optional<Priority>(Priority::P2));
        QCOMPARE(priorityFromWord(QStringLiteral("low")), std::optional<Priority>(Priority::P3));
        QVERIFY(!priorityFromWord(QStringLiteral("urgent")));
        QCOMPARE(priorityWord(Priority::P0), QStringLiteral("critical"));
        QCOMPARE(priorityWord(Priority::P3), QStringLiteral("low"));
    }

    void reviewIsAnExplicitStepThatChecksTheRules()
    {
        Ticket ticket = validTicket();
        auto reviewed = markReviewed(ticket);
        QVERIFY(reviewed);
        QCOMPARE(reviewed.value().status, TicketStatus::Reviewed);
        QCOMPARE(markReviewed(reviewed.value()).value(), reviewed.value()); // twice is once

        ticket.acceptanceCriteria.clear();
        auto refused = markReviewed(ticket);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("acceptance_criteria")));

        ticket = validTicket();
        ticket.status = TicketStatus::Pushed;
        ticket.platform = Platform::GitHub;
        ticket.externalId = QStringLiteral("42");
        QVERIFY(!markReviewed(ticket));
    }

    void dependencyCyclesAreFoundAndHeldBackFromThePush()
    {
        Ticket epic = validTicket();
        Ticket schema = validTicket();
        Ticket api = validTicket();
        Ticket ui = validTicket();
        Ticket docs = validTicket();
        schema.parentId = epic.id;
        api.dependencies = {schema.id};
        ui.dependencies = {api.id, docs.id};
        docs.dependencies = {ui.id}; // ui <-> docs
        const DependencyGraph graph({ui, docs, api, schema, epic});

        QCOMPARE(graph.cycles().size(), 1);
        QCOMPARE(QSet<QString>(graph.cycles().first().cbegin(), graph.cycles().first().cend()),
                 (QSet<QString>{ui.id, docs.id}));
        QVERIFY(graph.isOnCycle(ui.id));
        QVERIFY(!graph.isOnCycle(api.id));
        // What can be pushed comes after what it waits for; the cycle waits.
        QCOMPARE(graph.pushOrder(), (QStringList{epic.id, schema.id, api.id}));

        Ticket self = validTicket();
        self.parentId = self.id;
        QCOMPARE(DependencyGraph({self}).cycles().size(), 1);
        QVERIFY(DependencyGraph({epic, schema, api}).cycles().isEmpty());
        QVERIFY(DependencyGraph({self}).isOnCycle(self.id));
    }

    void aTicketOnACycleNoSingleExampleListsIsStillHeldBack()
    {
        // a <-> b, and a -> c -> b: c is on a -> c -> b -> a.
        Ticket a = validTicket();
        Ticket b = validTicket();
        Ticket c = validTicket();
        a.dependencies = {b.id, c.id};
        b.dependencies = {a.id};
        c.dependencies = {b.id};
        Ticket free = validTicket();
        const DependencyGraph graph({a, b, c, free});
        QVERIFY(graph.isOnCycle(a.id));
        QVERIFY(graph.isOnCycle(b.id));
        QVERIFY(graph.isOnCycle(c.id));
        QVERIFY(!graph.isOnCycle(free.id));
        QCOMPARE(graph.pushOrder(), QStringList{free.id});
    }

    void draftRulesOfTicketsResultV1()
    {
        Draft good;
        good.externalId = QStringLiteral("SPEC-1");
        good.title = QStringLiteral("Show invoices");
        good.acceptanceCriteria = {QStringLiteral("Invoice table shows number")};
        Draft bad = good;
        bad.externalId = QStringLiteral("TASK-2");
        bad.acceptanceCriteria.clear();
        bad.storyPoints = 0;
        bad.dependencies = {QStringLiteral("SPEC-9")};
        bad.parentExternalId = QStringLiteral("SPEC-1");
        Draft duplicate = good;
        DraftSet set;
        set.tickets = {good, bad, duplicate};
        QStringList fields;
        for (const DraftViolation &violation : validateDraftSet(set))
            fields.append(violation.externalId + QLatin1Char(':') + violation.field);
        QVERIFY(fields.contains(QStringLiteral("TASK-2:external_id")));
        QVERIFY(fields.contains(QStringLiteral("TASK-2:acceptance_criteria")));
        QVERIFY(fields.contains(QStringLiteral("TASK-2:story_points")));
        QVERIFY(fields.contains(QStringLiteral("TASK-2:dependencies")));
        QVERIFY(fields.contains(QStringLiteral("SPEC-1:external_id"))); // used twice
        QVERIFY(!fields.contains(QStringLiteral("TASK-2:parent_external_id")));

        Draft loopA = good;
        Draft loopB = good;
        loopB.externalId = QStringLiteral("SPEC-2");
        loopA.parentExternalId = QStringLiteral("SPEC-2");
        loopB.parentExternalId = QStringLiteral("SPEC-1");
        DraftSet cycle;
        cycle.tickets = {loopA, loopB};
        bool cycleFound = false;
        for (const DraftViolation &violation : validateDraftSet(cycle))
            cycleFound = cycleFound || violation.message.contains(QStringLiteral("cycle"));
        QVERIFY(cycleFound);
    }
};

QTEST_GUILESS_MAIN(TestTicketValidation)
#include "tst_ticket_validation.moc"
