#include "domain/account.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace docket;

class TestAccounts : public QObject {
    Q_OBJECT
private slots:
    void baseUrlsMustBeHttpsExceptOnLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("github.com") << "https://api.github.com" << true;
        QTest::newRow("enterprise") << "https://ghe.example.com/api/v3" << true;
        QTest::newRow("plain http") << "http://ghe.example.com/api/v3" << false;
        QTest::newRow("ipv4 loopback") << "http://127.0.0.1:8080" << true;
        QTest::newRow("another 127 address") << "http://127.8.9.10:8080" << true;
        QTest::newRow("ipv6 loopback") << "http://[::1]:8080/api" << true;
        QTest::newRow("localhost") << "http://localhost:3000" << true;
        QTest::newRow("looks like loopback") << "http://127.0.0.1.evil.example" << false;
        QTest::newRow("ftp") << "ftp://example.com" << false;
        QTest::newRow("no host") << "https://" << false;
        QTest::newRow("garbage") << "not a url" << false;
    }

    void baseUrlsMustBeHttpsExceptOnLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const Status checked = checkBaseUrl(QUrl(url));
        QCOMPARE(bool(checked), accepted);
        if (!accepted)
            QVERIFY(!checked.error().message.isEmpty());
    }

    void accountsRoundTripAndDisconnectKeepsAnAuditRow()
    {
        QTemporaryDir dir;
        auto opened = Workspace::open(dir.filePath(QStringLiteral("accounts.docket")));
        QVERIFY(opened);
        Workspace &workspace = *opened.value();

        Account jira;
        jira.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        jira.platform = Platform::Jira;
        jira.apiBaseUrl = QUrl(QStringLiteral("https://api.atlassian.com/ex/jira/1324a887-45db-1bf4-1e99"));
        jira.method = AuthMethod::OAuthWeb;
        jira.accountName = QStringLiteral("Priya Raman");
        jira.accountId = QStringLiteral("5b10a2844c20165700ede21g");
        jira.cloudId = QStringLiteral("1324a887-45db-1bf4-1e99");
        jira.siteName = QStringLiteral("acme");
        jira.siteUrl = QUrl(QStringLiteral("https://acme.atlassian.net"));
        jira.scopes = {QStringLiteral("read:jira-work"), QStringLiteral("offline_access")};
        jira.tokenExpiresAt =
            QDateTime::fromString(QStringLiteral("2026-11-23T12:00:00.000Z"), Qt::ISODateWithMs);
        jira.connectedAt =
            QDateTime::fromString(QStringLiteral("2026-11-23T11:00:00.000Z"), Qt::ISODateWithMs);
        QVERIFY(workspace.saveAccount(jira, QStringLiteral("gui")));

        auto read = workspace.account(jira.id);
        QVERIFY(read && read.value());
        QCOMPARE(*read.value(), jira);
        QCOMPARE(workspace.accounts().value().size(), 1);

        // Soft disconnect: the row stays for audit, inactive, with the time.
        Account disconnected = jira;
        disconnected.isActive = false;
        disconnected.status = AccountStatus::Disconnected;
        disconnected.disconnectedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(workspace.saveAccount(disconnected, QStringLiteral("gui")));
        QVERIFY(workspace.accounts().value().isEmpty());
        const QList<Account> all = workspace.accounts(true).value();
        QCOMPARE(all.size(), 1);
        QVERIFY(!all.first().isActive);
        QCOMPARE(all.first().connectedAt, jira.connectedAt);
        QVERIFY(all.first().disconnectedAt.has_value());

        const auto activity = workspace.activity(jira.id).value();
        QCOMPARE(activity.size(), 2);
        QCOMPARE(activity.at(0).action, QStringLiteral("connected"));
        QCOMPARE(activity.at(1).action, QStringLiteral("disconnected"));
    }

    void anInsecureBaseUrlIsNotSaved()
    {
        QTemporaryDir dir;
        auto opened = Workspace::open(dir.filePath(QStringLiteral("insecure.docket")));
        QVERIFY(opened);
        Account account;
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        account.apiBaseUrl = QUrl(QStringLiteral("http://github.example.com/api/v3"));
        QVERIFY(!opened.value()->saveAccount(account, QStringLiteral("gui")));
        QVERIFY(opened.value()->accounts(true).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
