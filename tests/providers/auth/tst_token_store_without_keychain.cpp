#include "auth/token_store.h"

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
};

QTEST_GUILESS_MAIN(TestTokenStoreWithoutKeychain)
#include "tst_token_store_without_keychain.moc"
