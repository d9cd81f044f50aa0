#include "auth/token_store.h"

#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace docket;

namespace {

// What the Secret Service itself holds for a key, asked through its own command-line tool.
QString secretServiceLookup(const QString &service, const QString &key)
{
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"),
                 {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key});
    lookup.waitForFinished(10000);
    return QString::fromUtf8(lookup.readAllStandardOutput());
}

} // namespace

// Runs inside scripts/with-keyring.sh: a real gnome-keyring on a private D-Bus session.
class TestTokenStore : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_service = QStringLiteral("DocketTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void writtenSecretsLiveInTheSecretService()
    {
        KeychainTokenStore store(m_service);
        const QString key = QStringLiteral("account/abc/access");
        QVERIFY2(writeSecretAndWait(store, key, QStringLiteral("gho_first")), "keychain write failed");
        auto read = readSecretAndWait(store, key);
        QVERIFY(read);
        QCOMPARE(read.value(), std::optional(QStringLiteral("gho_first")));
        // Not a private file: the Secret Service answers for it.
        QCOMPARE(secretServiceLookup(m_service, key), QStringLiteral("gho_first"));

        // Overwriting replaces the secret (a rotated refresh token replaces the old one).
        QVERIFY(writeSecretAndWait(store, key, QStringLiteral("gho_second")));
        QCOMPARE(readSecretAndWait(store, key).value(), std::optional(QStringLiteral("gho_second")));
    }

    void keysAreIndependentAndRemovalIsFinal()
    {
        KeychainTokenStore store(m_service);
        QVERIFY(writeSecretAndWait(store, QStringLiteral("a"), QStringLiteral("secret-a")));
        QVERIFY(writeSecretAndWait(store, QStringLiteral("b"), QStringLiteral("secret-b")));
        QVERIFY(removeSecretAndWait(store, QStringLiteral("a")));
        QCOMPARE(readSecretAndWait(store, QStringLiteral("a")).value(), std::optional<QString>());
        QCOMPARE(readSecretAndWait(store, QStringLiteral("b")).value(),
                 std::optional(QStringLiteral("secret-b")));
        QVERIFY(secretServiceLookup(m_service, QStringLiteral("a")).isEmpty());
        // Removing what is not there is not an error: disconnecting twice is fine.
        QVERIFY(removeSecretAndWait(store, QStringLiteral("a")));
    }

    void aMissingEntryIsNoValueNotAnError()
    {
        KeychainTokenStore store(m_service);
        auto read = readSecretAndWait(store, QStringLiteral("never-written"));
        QVERIFY(read);
        QVERIFY(!read.value().has_value());
    }

    void memoryStoreIsForThisSessionOnly()
    {
        QString key = QStringLiteral("account/x/access");
        {
            MemoryTokenStore store;
            QVERIFY(writeSecretAndWait(store, key, QStringLiteral("lin_api_123")));
            QCOMPARE(readSecretAndWait(store, key).value(), std::optional(QStringLiteral("lin_api_123")));
            QVERIFY(store.description().contains(QStringLiteral("session")));
        }
        MemoryTokenStore later;
        QVERIFY(!readSecretAndWait(later, key).value().has_value());
        QVERIFY(secretServiceLookup(m_service, key).isEmpty());
    }

private:
    QString m_service;
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_token_store.moc"
