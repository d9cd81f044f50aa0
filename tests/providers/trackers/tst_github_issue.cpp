#include "trackers/github/github_issue.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace docket;

class TestGitHubIssue : public QObject {
    Q_OBJECT
private slots:
    void aTicketBecomesAnIssueWithTaskListLabelsAndItsKey()
    {
        Ticket ticket;
        ticket.title = QStringLiteral("  Export invoices as CSV ");
        ticket.body = QStringLiteral("Finance exports every invoice of a month.");
        ticket.acceptanceCriteria = {QStringLiteral("One row per line item"),
                                     QStringLiteral("UTF-8 with a BOM")};
        ticket.priority = Priority::P1;
        ticket.ticketType = TicketType::Story;
        ticket.labels = {QStringLiteral("finance"), QStringLiteral("priority:high")};
        ticket.storyPoints = 3;
        ticket.milestone = QStringLiteral("Q3");
        ticket.pushKey = QUuid::createUuid().toString(QUuid::WithoutBraces);

        const GitHubIssueDraft issue = renderGitHubIssue(ticket, {{QStringLiteral("Q3"), 4}});
        QCOMPARE(issue.title, QStringLiteral("Export invoices as CSV"));
        QVERIFY(issue.body.startsWith(QStringLiteral("Finance exports every invoice of a month.")));
        QVERIFY(issue.body.contains(
            QStringLiteral("## Acceptance criteria\n- [ ] One row per line item\n- [ ] UTF-8 with a BOM")));
        QVERIFY(issue.body.contains(QStringLiteral("**Points:** 3")));
        QCOMPARE(pushKeyInBody(issue.body), ticket.pushKey);
        QCOMPARE(issue.labels, (QStringList{QStringLiteral("priority:high"), QStringLiteral("type:story"),
                                            QStringLiteral("finance")}));
        QCOMPARE(issue.milestone, std::optional(4));
        const QJsonObject json = issue.toJson();
        QCOMPARE(json.value(QStringLiteral("milestone")).toInt(), 4);
        QCOMPARE(json.value(QStringLiteral("labels")).toArray().size(), 3);
    }

    void generatedBodiesKeepTheirOwnCriteriaAndUnknownMilestonesAreLeftOut()
    {
        Ticket ticket;
        ticket.title = QStringLiteral("Checklist");
        ticket.body = QStringLiteral("As a member...\n\n## Acceptance Criteria\n- [ ] Shown on first login");
        ticket.acceptanceCriteria = {QStringLiteral("Shown on first login")};
        ticket.milestone = QStringLiteral("No such milestone");
        const GitHubIssueDraft issue = renderGitHubIssue(ticket, {});
        QCOMPARE(issue.body.count(QStringLiteral("Shown on first login")), 1);
        QVERIFY(!issue.milestone.has_value());
        QVERIFY(!issue.toJson().contains(QStringLiteral("milestone")));
        QVERIFY(pushKeyInBody(issue.body).isEmpty());
        QCOMPARE(issue.labels, QStringList{QStringLiteral("type:task")}); // no priority: no priority label
    }
};

QTEST_GUILESS_MAIN(TestGitHubIssue)
#include "tst_github_issue.moc"
