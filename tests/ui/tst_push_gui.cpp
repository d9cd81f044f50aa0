#include "auth/account_service.h"
#include "auth/token_store.h"
#include "fake_github_server.h"
#include "items/ticket_table_model.h"
#include "mainwindow/main_window.h"
#include "push/push_dialog.h"
#include "review_test_helpers.h"
#include "store/workspace.h"
#include "tickets/ticket_table_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace docket;
using namespace docket::testing;

class TestPushGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DocketTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_push_gui"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("push/github/writeSpacingMs"), 0); // the emulator needs no pacing
        QVERIFY(m_dir.isValid());
    }

    void planConfirmPushAndPushAgainWithoutDuplicates()
    {
        FakeGitHubServer github;
        github.addRepository(QStringLiteral("acme"), QStringLiteral("app"));
        github.addToken(QStringLiteral("ghp_push_token"), QStringLiteral("dana"));
        QUrl apiBase = github.url();
        apiBase.setPath(QStringLiteral("/api/v3"));

        MainWindow window;
        MemoryTokenStore tokens; // this test is about the push, not the keychain
        window.setTokenStore(&tokens);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openWithGeneratedSample(window, m_dir.filePath(QStringLiteral("push.docket"))));
        Account draft;
        draft.platform = Platform::GitHub;
        draft.apiBaseUrl = apiBase;
        draft.method = AuthMethod::PersonalToken;
        std::optional<Result<Account>> connected;
        window.accountService()->connectWithSecret(
            draft, QStringLiteral("ghp_push_token"),
            [&](Result<Account> account) { connected.emplace(account); });
        QTRY_VERIFY(connected.has_value());
        QVERIFY2(connected->ok(), qPrintable(connected->ok() ? QString() : connected->error().message));

        // Review what keeps the rules; the rest will be held back.
        window.ticketView()->table()->selectAll();
        window.markSelectedReviewed();
        int reviewed = 0;
        for (const Ticket &ticket : window.ticketView()->model()->tickets())
            reviewed += ticket.status == TicketStatus::Reviewed;
        QVERIFY(reviewed >= 3);

        // The first create's answer is lost after GitHub made the issue: it must not become two.
        github.dropNextAfterProcessing();
        QString planText;
        int heldBack = 0;
        QString result;
        whenDialogOpens<PushDialog>([&](PushDialog *dialog) {
            planText = dialog->planSummary()->text();
            heldBack = dialog->heldBackList()->topLevelItemCount();
            dialog->repositoryField()->setEditText(QStringLiteral("acme/app"));
            QVERIFY(!dialog->pushButton()->isEnabled()); // not before the guard is ticked
            QVERIFY(dialog->guard()->text().contains(QStringLiteral("acme/app")));
            dialog->guard()->setChecked(true);
            QVERIFY(dialog->pushButton()->isEnabled());
            dialog->pushButton()->click();
            if (!QTest::qWaitFor(
                    [&] { return dialog->resultSummary()->text().startsWith(QStringLiteral("Pushed")); },
                    20000))
                qWarning("the push did not finish");
            result = dialog->resultSummary()->text();
            dialog->reject();
        });
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(planText.startsWith(QStringLiteral("%1 to create").arg(reviewed)), qPrintable(planText));
        QVERIFY(heldBack > 0);
        QCOMPARE(result, QStringLiteral("Pushed %1, failed 0.").arg(reviewed));
        QCOMPARE(github.issues(QStringLiteral("acme"), QStringLiteral("app")).size(), reviewed);

        // Every reviewed ticket now links to its issue, and a second push sends nothing new.
        int pushed = 0;
        for (const Ticket &ticket : window.ticketView()->model()->tickets())
            if (ticket.status == TicketStatus::Pushed) {
                ++pushed;
                QVERIFY(ticket.externalUrl.contains(QStringLiteral("/issues/")));
            }
        QCOMPARE(pushed, reviewed);
        QString secondPlan;
        whenDialogOpens<PushDialog>([&](PushDialog *dialog) {
            secondPlan = dialog->planSummary()->text();
            dialog->reject();
        });
        window.showPush();
        QVERIFY2(secondPlan.startsWith(QStringLiteral("0 to create, 0 to update")), qPrintable(secondPlan));
        QCOMPARE(github.issues(QStringLiteral("acme"), QStringLiteral("app")).size(), reviewed);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPushGui)
#include "tst_push_gui.moc"
