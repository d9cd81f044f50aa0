#include "accounts/accounts_dialog.h"
#include "accounts/connect_account_dialog.h"
#include "auth/account_service.h"
#include "fake_oauth_server.h"
#include "mainwindow/main_window.h"
#include "review_test_helpers.h"
#include "store/workspace.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace docket;
using namespace docket::testing;

// Runs inside scripts/with-keyring.sh: the window keeps tokens in a real Secret Service.
class TestAccountsGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DocketTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accounts_gui"));
        for (const QString &tracker :
             {QStringLiteral("github"), QStringLiteral("linear"), QStringLiteral("jira")})
            QSettings().setValue(QStringLiteral("oauth/%1/clientId").arg(tracker),
                                 QStringLiteral("docket-test-client"));
        QVERIFY(m_dir.isValid());
    }

    void connectByDeviceCodeAndByTokenThenDisconnect()
    {
        FakeOAuthServer github(FakeOAuthServer::Flavor::GitHub);
        github.addPersonalToken(QStringLiteral("ghp_gui_token"));
        QUrl apiBase = github.url();
        apiBase.setPath(QStringLiteral("/api/v3"));
        const QString path = m_dir.filePath(QStringLiteral("accounts.docket"));

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(path));

        QStringList opened;   // pages the "browser" was asked to open
        QStringList statuses; // what the connect dialog told the PM
        int listed = -1;
        int afterDisconnect = -1;
        whenDialogOpens<AccountsDialog>([&](AccountsDialog *accounts) {
            // First the device code: Docket shows the code, the PM approves on GitHub's page.
            accounts->setConnectDialogHook([&](ConnectAccountDialog *connect) {
                connect->setBrowser([&](const QUrl &url) {
                    opened.append(url.toString());
                    github.approveDevice();
                });
                QTimer::singleShot(0, connect, [&, connect] {
                    connect->choose(Platform::GitHub, ConnectAccountDialog::Way::GitHubDevice);
                    connect->baseUrlField()->setText(apiBase.toString());
                    connect->connectButton()->click();
                    statuses.append(connect->statusLabel()->text());
                });
            });
            accounts->openConnectDialog();
            // Then a personal access token, typed into the password field.
            accounts->setConnectDialogHook([&](ConnectAccountDialog *connect) {
                QTimer::singleShot(0, connect, [&, connect] {
                    connect->choose(Platform::GitHub, ConnectAccountDialog::Way::GitHubToken);
                    connect->baseUrlField()->setText(apiBase.toString());
                    QVERIFY(connect->tokenField()->echoMode() == QLineEdit::Password);
                    QTest::keyClicks(connect->tokenField(), QStringLiteral("ghp_gui_token"));
                    connect->connectButton()->click();
                });
            });
            accounts->openConnectDialog();
            listed = accounts->list()->topLevelItemCount();
            accounts->list()->setCurrentItem(accounts->list()->topLevelItem(0));
            accounts->disconnectSelected();
            if (!QTest::qWaitFor([&] { return accounts->list()->topLevelItemCount() == 1; }, 10000))
                qWarning("the account list did not shrink");
            afterDisconnect = accounts->list()->topLevelItemCount();
            accounts->reject();
        });
        window.findChild<QAction *>(QStringLiteral("accountsAction"))->trigger();

        QCOMPARE(opened.size(), 1);
        QVERIFY(opened.first().contains(QStringLiteral("/login/device")));
        QVERIFY(!statuses.isEmpty());
        QCOMPARE(listed, 2);
        QCOMPARE(afterDisconnect, 1);
        auto workspace = Workspace::open(path, Workspace::OpenMode::MustExist);
        QCOMPARE(workspace.value()->accounts().value().size(), 1);
        QCOMPARE(workspace.value()->accounts(true).value().size(), 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("ghp_gui_token"));
    }

    void connectLinearThroughTheBrowserAndJiraByEmailAndToken()
    {
        FakeOAuthServer linear(FakeOAuthServer::Flavor::Linear);
        FakeOAuthServer jira(FakeOAuthServer::Flavor::Jira);
        jira.setBasicCredentials(QStringLiteral("pm@example.com"), QStringLiteral("atl_gui_token"));
        const QString path = m_dir.filePath(QStringLiteral("linear-jira.docket"));
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(path));
        QNetworkAccessManager browser;

        QStringList names;
        whenDialogOpens<AccountsDialog>([&](AccountsDialog *accounts) {
            accounts->setConnectDialogHook([&](ConnectAccountDialog *connect) {
                // The "browser" consents on Linear's page and follows the redirect to Docket.
                connect->setBrowser([&](const QUrl &url) {
                    browser.get(QNetworkRequest(linear.browserConsent(url)))->setParent(&browser);
                });
                QTimer::singleShot(0, connect, [&, connect] {
                    connect->choose(Platform::Linear, ConnectAccountDialog::Way::LinearBrowser);
                    connect->baseUrlField()->setText(linear.url().toString());
                    connect->connectButton()->click();
                });
            });
            accounts->openConnectDialog();
            accounts->setConnectDialogHook([&](ConnectAccountDialog *connect) {
                QTimer::singleShot(0, connect, [&, connect] {
                    connect->choose(Platform::Jira, ConnectAccountDialog::Way::JiraCloudToken);
                    QVERIFY(connect->emailField()->isVisible());
                    connect->baseUrlField()->setText(jira.url().toString());
                    connect->emailField()->setText(QStringLiteral("pm@example.com"));
                    connect->tokenField()->setText(QStringLiteral("atl_gui_token"));
                    connect->connectButton()->click();
                });
            });
            accounts->openConnectDialog();
            for (int row = 0; row < accounts->list()->topLevelItemCount(); ++row)
                names.append(accounts->list()->topLevelItem(row)->text(0) + QLatin1Char('/') +
                             accounts->list()->topLevelItem(row)->text(3));
            accounts->reject();
        });
        window.showAccounts();
        QCOMPARE(names, (QStringList{QStringLiteral("Linear/Browser sign-in"),
                                     QStringLiteral("Jira/E-mail and API token")}));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestAccountsGui)
#include "tst_accounts_gui.moc"
