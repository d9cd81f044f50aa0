#include "domain/push_plan.h"
#include "fake_github_server.h"
#include "http/tracker_http.h"
#include "store/workspace.h"
#include "trackers/github/github_pusher.h"
#include "trackers/push_runner.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace docket;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

// The whole GitHub push — plan, outbox, runner, pusher, REST client, paced HTTP — against the
// stateful GitHub emulator with its faults.
class TestGitHubPush : public QObject {
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
        m_github = std::make_unique<FakeGitHubServer>();
        m_github->addRepository(QStringLiteral("acme"), QStringLiteral("app"));
        m_github->addToken(QStringLiteral("ghp_test"), QStringLiteral("dana"));
        Account account;
        account.id = m_accountId = newId();
        account.apiBaseUrl = m_github->apiUrl();
        QVERIFY(m_workspace->saveAccount(account, QStringLiteral("test")));
    }

    void cleanup()
    {
        m_workspace.reset();
        m_github.reset();
    }

    void aPacedPushNeverHitsTheSecondaryLimit()
    {
        m_github->setMinimumWriteSpacingMs(40); // GitHub's "one write a second", scaled down
        for (int i = 0; i < 12; ++i)
            addReviewed(QStringLiteral("Ticket %1").arg(i));
        const PushSummary summary = push(/*writeSpacingMs=*/60);
        QCOMPARE(summary.pushed, 12);
        QCOMPARE(m_github->writeSpacingRefusals(), 0);
        const QList<QJsonObject> issues = m_github->issues(QStringLiteral("acme"), QStringLiteral("app"));
        QCOMPARE(issues.size(), 12);
        for (const QJsonObject &issue : issues)
            QVERIFY(!pushKeyInBody(issue.value(QStringLiteral("body")).toString()).isEmpty());
    }

    void unpacedWritesAreRefusedAndWaitedOut()
    {
        m_github->setMinimumWriteSpacingMs(40);
        for (int i = 0; i < 4; ++i)
            addReviewed(QStringLiteral("Ticket %1").arg(i));
        const PushSummary summary = push(/*writeSpacingMs=*/0); // too fast: GitHub says wait
        QCOMPARE(summary.pushed, 4);
        QVERIFY(m_github->writeSpacingRefusals() > 0);
        QCOMPARE(m_github->issues(QStringLiteral("acme"), QStringLiteral("app")).size(),
                 4); // and still no copies
    }

    void faultsNeverMakeASecondIssue()
    {
        const QString a = addReviewed(QStringLiteral("Answer lost after the create"));
        const QString b = addReviewed(QStringLiteral("Bad gateway"));
        const QString c = addReviewed(QStringLiteral("Secondary limit"));
        Q_UNUSED(a)
        Q_UNUSED(b)
        Q_UNUSED(c)
        m_github->dropNextAfterProcessing();
        const PushSummary first = push(0, 1);
        QCOMPARE(first.pushed, 1);
        m_github->failNext(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html");
        const PushSummary second = push(0, 1);
        QCOMPARE(second.pushed, 1);
        m_github->secondaryRateLimitNext(0);
        const PushSummary third = push(0);
        QCOMPARE(third.pushed, 1);
        const QList<QJsonObject> issues = m_github->issues(QStringLiteral("acme"), QStringLiteral("app"));
        QCOMPARE(issues.size(), 3);
        QSet<QString> titles;
        for (const QJsonObject &issue : issues)
            titles.insert(issue.value(QStringLiteral("title")).toString());
        QCOMPARE(titles.size(), 3);
        QVERIFY(m_workspace->openPushIntents().value().isEmpty());
    }

    void epicsGetTheirChildrenAsSubIssuesAndLabelsFollowTheSeed()
    {
        Ticket epic = reviewed(QStringLiteral("Onboarding"));
        epic.ticketType = TicketType::Epic;
        epic.priority = Priority::P0;
        Ticket story = reviewed(QStringLiteral("Checklist"));
        story.parentId = epic.id;
        story.priority = Priority::P2;
        QVERIFY(m_workspace->saveTickets({epic, story}, QStringLiteral("test")));
        QCOMPARE(push(0).pushed, 2);
        const int epicNumber = m_workspace->ticket(epic.id).value().externalId.toInt();
        const int storyNumber = m_workspace->ticket(story.id).value().externalId.toInt();
        QCOMPARE(m_github->subIssues(QStringLiteral("acme"), QStringLiteral("app"), epicNumber),
                 QList<int>{storyNumber});
        QStringList labels;
        for (const QJsonObject &label : m_github->labels(QStringLiteral("acme"), QStringLiteral("app")))
            labels.append(label.value(QStringLiteral("name")).toString());
        QVERIFY(labels.contains(QStringLiteral("priority:critical")));
        QVERIFY(labels.contains(QStringLiteral("priority:medium")));
        QVERIFY(labels.contains(QStringLiteral("type:epic")));
    }

    void aRefusalIsKeptOnTheTicketWithGitHubsWords()
    {
        const QString id = addReviewed(QStringLiteral("Refused"));
        m_github->failNext(
            422,
            R"({"message":"Validation Failed","errors":[{"resource":"Issue","field":"body","code":"too_long"}]})");
        const PushSummary summary = push(0);
        QCOMPARE(summary.failed, 1);
        const Ticket failed = m_workspace->ticket(id).value();
        QCOMPARE(failed.status, TicketStatus::PushFailed);
        QCOMPARE(failed.lastPushError, QStringLiteral("Validation Failed: body too_long"));
        QVERIFY(m_github->issues(QStringLiteral("acme"), QStringLiteral("app")).isEmpty());
    }

private:
    Ticket reviewed(const QString &title)
    {
        Ticket ticket;
        ticket.id = newId();
        ticket.documentId = m_documentId;
        ticket.title = title;
        ticket.status = TicketStatus::Reviewed;
        ticket.acceptanceCriteria = {QStringLiteral("It works")};
        return ticket;
    }

    QString addReviewed(const QString &title)
    {
        const Ticket ticket = reviewed(title);
        if (!m_workspace->saveTicket(ticket, QStringLiteral("test")))
            qWarning("could not save the ticket");
        return ticket.id;
    }

    // Plans and pushes (at most `limit` tickets when given), as the push dialog does.
    PushSummary push(int writeSpacingMs, int limit = -1)
    {
        const QList<Ticket> tickets = m_workspace->tickets(TicketQuery{m_documentId, std::nullopt}).value();
        PushPlan plan = planPush(tickets, {}, Platform::GitHub);
        if (limit >= 0)
            plan.pushes = plan.pushes.mid(0, limit);
        if (!m_workspace->saveTickets(assignPushKeys(tickets, plan), QStringLiteral("push")))
            return {};
        QNetworkAccessManager network;
        HttpPolicy policy;
        policy.minimumWriteSpacingMs = writeSpacingMs;
        policy.baseBackoffMs = 1;
        policy.maxBackoffMs = 5;
        policy.requestTimeoutMs = 3000;
        TrackerHttp http(&network, policy);
        http.setTokenSource({[](auto done) { done(QStringLiteral("ghp_test")); },
                             {},
                             [](QNetworkRequest &request, const QString &token) {
                                 request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
                             }});
        GitHubTracker github(http, m_github->apiUrl());
        GitHubPusher pusher(github, QStringLiteral("acme/app"));
        PushRunner runner(*m_workspace, pusher, m_accountId, QStringLiteral("acme/app"));
        QSignalSpy finished(&runner, &PushRunner::finished);
        runner.start(plan);
        if (!finished.wait(30000) && finished.isEmpty())
            return {};
        return finished.first().first().value<PushSummary>();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<FakeGitHubServer> m_github;
    QString m_documentId;
    QString m_accountId;
};

QTEST_GUILESS_MAIN(TestGitHubPush)
#include "tst_github_push.moc"
