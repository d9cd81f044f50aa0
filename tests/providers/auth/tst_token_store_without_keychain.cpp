#include "auth/account_service.h"
#include "auth/token_store.h"
#include "fake_oauth_server.h"
#include "store/workspace.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace docket;

// Runs with no Secret Service reachable (DBUS_SESSION_BUS_ADDRESS points nowhere): the store must
// fail with a message a PM can act on, and nothing may land anywhere else instead.
class TestTokenStoreWithoutKeychain : public QObject {
    Q_OBJECT
private slots:
    void noKeychainIsAClearErrorAndNoFallback()
    {
        KeychainTokenStore store(QStringLiteral("DocketTestNoKeychain"));
        const Status written =
            writeSecretAndWait(store, QStringLiteral("account/1/access"), QStringLiteral("ghp_x"));
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(QStringLiteral("keychain")),
                 qPrintable(written.error().message));
        auto read = readSecretAndWait(store, QStringLiteral("account/1/access"));
        QVERIFY(!read || !read.value().has_value()); // nothing was kept in an insecure fallback
    }

    void anAccountStaysDisconnectedWhenTheKeychainIsMissing()
    {
        FakeOAuthServer github(FakeOAuthServer::Flavor::GitHub);
        github.addPersonalToken(QStringLiteral("ghp_good"));
        QTemporaryDir dir;
        auto workspace = Workspace::open(dir.filePath(QStringLiteral("w.docket")));
        QVERIFY(workspace);
        KeychainTokenStore store(QStringLiteral("DocketTestNoKeychain"));
        QNetworkAccessManager network;
        AccountService service(*workspace.value(), store, &network, QStringLiteral("test"));
        Account draft;
        draft.platform = Platform::GitHub;
        QUrl base = github.url();
        base.setPath(QStringLiteral("/api/v3"));
        draft.apiBaseUrl = base;
        draft.method = AuthMethod::PersonalToken;
        std::optional<Result<Account>> answer;
        service.connectWithSecret(draft, QStringLiteral("ghp_good"),
                                  [&](Result<Account> account) { answer.emplace(account); });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!answer->ok());
        QVERIFY2(answer->error().message.contains(QStringLiteral("keychain")),
                 qPrintable(answer->error().message));
        QVERIFY(workspace.value()->accounts(true).value().isEmpty()); // nothing half-connected
    }
};

QTEST_GUILESS_MAIN(TestTokenStoreWithoutKeychain)
#include "tst_token_store_without_keychain.moc"
