#include "generators/draft_repair.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace docket;

namespace {

QJsonObject ticket(const QJsonValue &id, const QString &title, const QJsonObject &more = {})
{
    QJsonObject object{{QStringLiteral("external_id"), id},
                       {QStringLiteral("ticket_type"), QStringLiteral("task")},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("acceptance_criteria"), QJsonArray{QStringLiteral("It works")}}};
    for (auto it = more.begin(); it != more.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

DraftSet repair(const QJsonArray &tickets)
{
    return repairDrafts(QJsonObject{{QStringLiteral("tickets"), tickets}});
}

QString joined(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestDraftRepair : public QObject {
    Q_OBJECT
private slots:
    void aGoodResultIsKeptAsItIs()
    {
        const QJsonObject full{
            {QStringLiteral("schema_version"), QStringLiteral("tickets.result.v1")},
            {QStringLiteral("job_id"), QStringLiteral("job-1")},
            {QStringLiteral("source"),
             QJsonObject{{QStringLiteral("title"), QStringLiteral("Billing")},
                         {QStringLiteral("summary"), QStringLiteral("Reconcile.")}}},
            {QStringLiteral("tickets"),
             QJsonArray{ticket(QStringLiteral("SPEC-1"), QStringLiteral("Epic")),
                        ticket(QStringLiteral("SPEC-2"), QStringLiteral("Child"),
                               {{QStringLiteral("parent_external_id"), QStringLiteral("SPEC-1")},
                                {QStringLiteral("dependencies"), QJsonArray{QStringLiteral("SPEC-1")}},
                                {QStringLiteral("story_points"), 3},
                                {QStringLiteral("priority"), QStringLiteral("low")}})}},
            {QStringLiteral("risks"), QJsonArray{QStringLiteral("Data may lag")}},
            {QStringLiteral("open_questions"),
             QJsonArray{QJsonObject{{QStringLiteral("description"), QStringLiteral("Which currency?")}}}}};
        const DraftSet set = repairDrafts(full);
        QCOMPARE(set.jobId, QStringLiteral("job-1"));
        QCOMPARE(set.sourceTitle, QStringLiteral("Billing"));
        QCOMPARE(set.tickets.size(), 2);
        QCOMPARE(set.tickets.at(1).parentExternalId, QStringLiteral("SPEC-1"));
        QCOMPARE(set.tickets.at(1).storyPoints, std::optional<int>(3));
        QCOMPARE(set.tickets.at(1).priority, std::optional<Priority>(Priority::P3));
        QCOMPARE(set.risks.size(), 1);
        QCOMPARE(set.openQuestions.first().text, QStringLiteral("Which currency?"));
        QVERIFY2(set.generation.warnings.isEmpty(), qPrintable(joined(set.generation.warnings)));
        QVERIFY(set.tickets.at(1).problems.isEmpty());
        QVERIFY(validateDraftSet(set).isEmpty());
    }

    void stringsAreTrimmedAndEmptyCriteriaDropped()
    {
        const DraftSet set = repair({ticket(
            QStringLiteral(" SPEC-1 "), QStringLiteral("  Export\n as CSV  "),
            {{QStringLiteral("ticket_type"), QStringLiteral(" Story ")},
             {QStringLiteral("description"), QStringLiteral("  Context  ")},
             {QStringLiteral("acceptance_criteria"),
              QJsonArray{QStringLiteral("  One row per line "), QStringLiteral(""), QStringLiteral("   ")}},
             {QStringLiteral("labels"), QJsonArray{QStringLiteral(" csv ")}}})});
        QCOMPARE(set.tickets.size(), 1);
        const Draft &draft = set.tickets.first();
        QCOMPARE(draft.externalId, QStringLiteral("SPEC-1"));
        QCOMPARE(draft.ticketType, TicketType::Story);
        QCOMPARE(draft.title, QStringLiteral("Export as CSV"));
        QCOMPARE(draft.description, QStringLiteral("Context"));
        QCOMPARE(draft.acceptanceCriteria, QStringList{QStringLiteral("One row per line")});
        QCOMPARE(draft.labels, QStringList{QStringLiteral("csv")});
    }

    void moreThanEightCriteriaAreCutToEight()
    {
        QJsonArray criteria;
        for (int i = 1; i <= 11; ++i)
            criteria.append(QStringLiteral("Criterion %1").arg(i));
        const DraftSet set = repair({ticket(QStringLiteral("SPEC-1"), QStringLiteral("Many"),
                                            {{QStringLiteral("acceptance_criteria"), criteria}})});
        const Draft &draft = set.tickets.first();
        QCOMPARE(draft.acceptanceCriteria.size(), 8);
        QCOMPARE(draft.acceptanceCriteria.last(), QStringLiteral("Criterion 8"));
        QVERIFY(joined(draft.problems).contains(QStringLiteral("11 acceptance criteria")));
        QVERIFY(joined(set.generation.warnings).contains(QStringLiteral("11 acceptance criteria")));
    }

    void noCriteriaIsFlaggedNotInvented()
    {
        const DraftSet set =
            repair({ticket(QStringLiteral("SPEC-1"), QStringLiteral("Story without criteria"),
                           {{QStringLiteral("ticket_type"), QStringLiteral("story")},
                            {QStringLiteral("acceptance_criteria"), QJsonArray()}}),
                    ticket(QStringLiteral("SPEC-2"), QStringLiteral("Research"),
                           {{QStringLiteral("ticket_type"), QStringLiteral("spike")},
                            {QStringLiteral("acceptance_criteria"), QJsonValue()}})});
        QCOMPARE(set.tickets.size(), 2);
        QVERIFY(set.tickets.at(0).acceptanceCriteria.isEmpty());
        QVERIFY(joined(set.tickets.at(0).problems).contains(QStringLiteral("No acceptance criteria")));
        QVERIFY(set.tickets.at(1).problems.isEmpty()); // a spike's outcome is the finding
    }

    void storyPoints_data()
    {
        QTest::addColumn<QJsonValue>("given");
        QTest::addColumn<std::optional<int>>("expected");
        QTest::addColumn<bool>("noted");
        QTest::newRow("5") << QJsonValue(5) << std::optional<int>(5) << false;
        QTest::newRow("1") << QJsonValue(1) << std::optional<int>(1) << false;
        QTest::newRow("100") << QJsonValue(100) << std::optional<int>(100) << false;
        QTest::newRow("null") << QJsonValue() << std::optional<int>() << false;
        QTest::newRow("0") << QJsonValue(0) << std::optional<int>() << true;
        QTest::newRow("101") << QJsonValue(101) << std::optional<int>() << true;
        QTest::newRow("2.5") << QJsonValue(2.5) << std::optional<int>() << true;
        QTest::newRow("\"8\"") << QJsonValue(QStringLiteral("8")) << std::optional<int>(8) << false;
        QTest::newRow("\"lots\"") << QJsonValue(QStringLiteral("lots")) << std::optional<int>() << true;
    }

    void storyPoints()
    {
        QFETCH(QJsonValue, given);
        QFETCH(std::optional<int>, expected);
        QFETCH(bool, noted);
        const DraftSet set = repair({ticket(QStringLiteral("SPEC-1"), QStringLiteral("Pointed"),
                                            {{QStringLiteral("story_points"), given}})});
        QCOMPARE(set.tickets.size(), 1);
        QCOMPARE(set.tickets.first().storyPoints, expected);
        QCOMPARE(set.tickets.first().problems.isEmpty(), !noted);
        QCOMPARE(set.generation.warnings.isEmpty(), !noted);
    }

    void priorities_data()
    {
        QTest::addColumn<QJsonValue>("given");
        QTest::addColumn<std::optional<Priority>>("expected");
        QTest::addColumn<bool>("noted");
        QTest::newRow("critical") << QJsonValue(QStringLiteral("critical")) << std::optional(Priority::P0)
                                  << false;
        QTest::newRow(" High ") << QJsonValue(QStringLiteral(" High ")) << std::optional(Priority::P1)
                                << false;
        QTest::newRow("P0") << QJsonValue(QStringLiteral("P0")) << std::optional(Priority::P0) << false;
        QTest::newRow("p2") << QJsonValue(QStringLiteral("p2")) << std::optional(Priority::P2) << false;
        QTest::newRow("P3") << QJsonValue(QStringLiteral("P3")) << std::optional(Priority::P3) << false;
        QTest::newRow("null") << QJsonValue() << std::optional<Priority>() << false;
        QTest::newRow("urgent") << QJsonValue(QStringLiteral("urgent")) << std::optional<Priority>() << true;
        QTest::newRow("number") << QJsonValue(1) << std::optional<Priority>() << true;
    }

    void priorities()
    {
        QFETCH(QJsonValue, given);
        QFETCH(std::optional<Priority>, expected);
        QFETCH(bool, noted);
        const DraftSet set = repair({ticket(QStringLiteral("SPEC-1"), QStringLiteral("Prioritised"),
                                            {{QStringLiteral("priority"), given}})});
        QCOMPARE(set.tickets.size(), 1); // an unreadable priority never costs the ticket
        QCOMPARE(set.tickets.first().priority, expected);
        QCOMPARE(set.tickets.first().problems.isEmpty(), !noted);
    }

    void aLoneStringWhereAListBelongs()
    {
        const DraftSet set = repair(
            {ticket(QStringLiteral("SPEC-1"), QStringLiteral("First")),
             ticket(QStringLiteral("SPEC-2"), QStringLiteral("Second"),
                    {{QStringLiteral("acceptance_criteria"), QStringLiteral("Only one")},
                     {QStringLiteral("dependencies"), QStringLiteral("SPEC-1")},
                     {QStringLiteral("labels"), QJsonArray{QStringLiteral("ok"), QJsonObject(), 3}}})});
        const Draft &draft = set.tickets.at(1);
        QCOMPARE(draft.acceptanceCriteria, QStringList{QStringLiteral("Only one")});
        QCOMPARE(draft.dependencies, QStringList{QStringLiteral("SPEC-1")});
        QCOMPARE(draft.labels, (QStringList{QStringLiteral("ok"), QStringLiteral("3")}));
        QVERIFY(joined(draft.problems).contains(QStringLiteral("labels")));
    }

    void unknownReferencesAreDroppedWithANote()
    {
        const DraftSet set = repair(
            {ticket(
                 QStringLiteral("SPEC-1"), QStringLiteral("First"),
                 {{QStringLiteral("dependencies"),
                   QJsonArray{QStringLiteral("SPEC-2"), QStringLiteral("SPEC-99"), QStringLiteral("SPEC-1")}},
                  {QStringLiteral("parent_external_id"), QStringLiteral("SPEC-42")}}),
             ticket(QStringLiteral("SPEC-2"), QStringLiteral("Second"))});
        const Draft &draft = set.tickets.first();
        QCOMPARE(draft.dependencies, QStringList{QStringLiteral("SPEC-2")});
        QVERIFY(draft.parentExternalId.isEmpty());
        const QString problems = joined(draft.problems);
        QVERIFY(problems.contains(QStringLiteral("SPEC-99")));
        QVERIFY(problems.contains(QStringLiteral("SPEC-42")));
        QVERIFY(problems.contains(QStringLiteral("SPEC-1"))); // itself
        QVERIFY(validateDraftSet(set).isEmpty());
    }

    void repeatedAndMalformedIdsAreRenumbered()
    {
        const DraftSet set = repair(
            {ticket(QStringLiteral("SPEC-1"), QStringLiteral("First")),
             ticket(QStringLiteral("SPEC-1"), QStringLiteral("Repeated")),
             ticket(QStringLiteral("TICKET-7"), QStringLiteral("Foreign id")),
             ticket(3, QStringLiteral("Numeric id")), ticket(QStringLiteral(""), QStringLiteral("No id")),
             ticket(QStringLiteral("SPEC-2"), QStringLiteral("Follows the others"),
                    {{QStringLiteral("dependencies"),
                      QJsonArray{QStringLiteral("SPEC-1"), QStringLiteral("TICKET-7"), 3}}})});
        QStringList ids;
        for (const Draft &draft : set.tickets)
            ids.append(draft.externalId);
        // SPEC-1, SPEC-2 and SPEC-3 (from 3) keep their numbers; the others get the free ones.
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("SPEC-1"), QStringLiteral("SPEC-4"), QStringLiteral("SPEC-5"),
                              QStringLiteral("SPEC-3"), QStringLiteral("SPEC-6"), QStringLiteral("SPEC-2")}));
        // A repeated id means the draft that kept it; a replaced one follows its draft.
        QCOMPARE(set.tickets.last().dependencies,
                 (QStringList{QStringLiteral("SPEC-1"), QStringLiteral("SPEC-5"), QStringLiteral("SPEC-3")}));
        QVERIFY(joined(set.generation.warnings).contains(QStringLiteral("TICKET-7")));
        QVERIFY(validateDraftSet(set).isEmpty());
    }

    void aCycleOfParentsLosesOneLink()
    {
        const DraftSet set =
            repair({ticket(QStringLiteral("SPEC-1"), QStringLiteral("A"),
                           {{QStringLiteral("parent_external_id"), QStringLiteral("SPEC-3")}}),
                    ticket(QStringLiteral("SPEC-2"), QStringLiteral("B"),
                           {{QStringLiteral("parent_external_id"), QStringLiteral("SPEC-1")}}),
                    ticket(QStringLiteral("SPEC-3"), QStringLiteral("C"),
                           {{QStringLiteral("parent_external_id"), QStringLiteral("SPEC-2")}}),
                    ticket(QStringLiteral("SPEC-4"), QStringLiteral("D"),
                           {{QStringLiteral("parent_external_id"), QStringLiteral("SPEC-1")}})});
        int cleared = 0;
        for (const Draft &draft : set.tickets)
            cleared += draft.parentExternalId.isEmpty() ? 1 : 0;
        QCOMPARE(cleared, 1);
        QCOMPARE(set.tickets.at(3).parentExternalId, QStringLiteral("SPEC-1"));
        QVERIFY(joined(set.generation.warnings).contains(QStringLiteral("cycle")));
        QVERIFY(validateDraftSet(set).isEmpty());
    }

    void ticketsThatCannotBeKeptAreLeftOutWithTheReason()
    {
        const DraftSet set = repair(
            {ticket(QStringLiteral("SPEC-1"), QStringLiteral("Kept")),
             ticket(QStringLiteral("SPEC-2"), QStringLiteral("   ")),
             ticket(QStringLiteral("SPEC-3"), QStringLiteral("Chore"),
                    {{QStringLiteral("ticket_type"), QStringLiteral("chore")}}),
             ticket(QStringLiteral("SPEC-4"), QStringLiteral("x"), {{QStringLiteral("title"), QJsonValue()}}),
             QJsonValue(QStringLiteral("not an object"))});
        QCOMPARE(set.tickets.size(), 1);
        QCOMPARE(set.tickets.first().title, QStringLiteral("Kept"));
        const QString warnings = joined(set.generation.warnings);
        QVERIFY2(warnings.contains(QStringLiteral("Left out ticket 2 (SPEC-2): it has no title")),
                 qPrintable(warnings));
        QVERIFY(warnings.contains(QStringLiteral("Left out ticket 3 (SPEC-3)")));
        QVERIFY(warnings.contains(QStringLiteral("chore")));
        QVERIFY(warnings.contains(QStringLiteral("Left out ticket 4 (SPEC-4)")));
        QVERIFY(warnings.contains(QStringLiteral("Left out ticket 5: it is not an object")));
    }

    void referencesToLeftOutTicketsAreDropped()
    {
        const DraftSet set =
            repair({ticket(QStringLiteral("SPEC-1"), QStringLiteral("Kept"),
                           {{QStringLiteral("dependencies"), QJsonArray{QStringLiteral("SPEC-2")}}}),
                    ticket(QStringLiteral("SPEC-2"), QStringLiteral(""))});
        QCOMPARE(set.tickets.size(), 1);
        QVERIFY(set.tickets.first().dependencies.isEmpty());
        QVERIFY(validateDraftSet(set).isEmpty());
    }

    void limitKeepsTheFirstAndCleansReferences()
    {
        DraftSet set =
            repair({ticket(QStringLiteral("SPEC-1"), QStringLiteral("A"),
                           {{QStringLiteral("dependencies"), QJsonArray{QStringLiteral("SPEC-3")}}}),
                    ticket(QStringLiteral("SPEC-2"), QStringLiteral("B"),
                           {{QStringLiteral("parent_external_id"), QStringLiteral("SPEC-3")}}),
                    ticket(QStringLiteral("SPEC-3"), QStringLiteral("C"))});
        DraftSet unlimited = set;
        limitDrafts(unlimited, 0);
        QCOMPARE(unlimited, set);
        limitDrafts(set, 2);
        QCOMPARE(set.tickets.size(), 2);
        QVERIFY(set.tickets.at(0).dependencies.isEmpty());
        QVERIFY(set.tickets.at(1).parentExternalId.isEmpty());
        QVERIFY(joined(set.tickets.at(0).problems).contains(QStringLiteral("SPEC-3")));
        QVERIFY(joined(set.generation.warnings).contains(QStringLiteral("1 more")));
        QVERIFY(validateDraftSet(set).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDraftRepair)
#include "tst_draft_repair.moc"
