#include "import/document_importer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace docket;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    return path;
}

} // namespace

class TestImportErrors : public QObject {
    Q_OBJECT
private slots:
    void eachBadInputSaysWhatAndWhere_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QStringLiteral("empty.md") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("whitespace") << QStringLiteral("blank.md") << QByteArray("  \n\n\t\n")
                                    << QStringLiteral("empty");
        QTest::newRow("binary") << QStringLiteral("image.md")
                                << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                << QStringLiteral("binary");
        QTest::newRow("latin-1") << QStringLiteral("latin.txt")
                                 << QByteArray("Caf\xe9 menu\nsecond line \xff\n")
                                 << QStringLiteral("byte 3 (0xe9) on line 1");
        QTest::newRow("bad on line 3") << QStringLiteral("late.md") << QByteArray("# A\n\nok \xc3\x28 here\n")
                                       << QStringLiteral("on line 3");
        QTest::newRow("overlong") << QStringLiteral("overlong.md") << QByteArray("# \xc0\xaf\n")
                                  << QStringLiteral("not valid UTF-8");
        QTest::newRow("unsupported") << QStringLiteral("spec.pdf") << QByteArray("%PDF-1.7")
                                     << QStringLiteral(".md");
    }

    void eachBadInputSaysWhatAndWhere()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = write(dir, name, bytes);
        auto imported = DocumentImporter::importFile(path);
        QVERIFY(!imported);
        QVERIFY2(imported.error().message.contains(expected), qPrintable(imported.error().message));
        QCOMPARE(imported.error().where, path);
    }

    void missingFileAndFolder()
    {
        QTemporaryDir dir;
        auto missing = DocumentImporter::importFile(dir.filePath(QStringLiteral("nope.md")));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("does not exist")));
        QDir(dir.path()).mkdir(QStringLiteral("folder.md"));
        auto folder = DocumentImporter::importFile(dir.filePath(QStringLiteral("folder.md")));
        QVERIFY(!folder);
        QVERIFY(folder.error().message.contains(QStringLiteral("folder")));
    }

    void unreadableFile()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("secret.md"), "# Secret\n");
        QFile::setPermissions(path, QFileDevice::Permissions());
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running with privileges that read any file (root)");
        auto imported = DocumentImporter::importFile(path);
        QVERIFY(!imported);
        QVERIFY(imported.error().message.contains(QStringLiteral("cannot be read")));
    }

    void tooLarge()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("big.md"), QByteArray(4096, 'a'));
        ImportOptions options;
        options.maxBytes = 1024;
        auto imported = DocumentImporter::importFile(path, options);
        QVERIFY(!imported);
        QVERIFY2(imported.error().message.contains(QStringLiteral("4.0 KB")),
                 qPrintable(imported.error().message));
        QVERIFY(imported.error().message.contains(QStringLiteral("1.0 KB")));
    }

    void cancelledImportReturnsNothing()
    {
        std::atomic_bool cancelled{true};
        ImportOptions options;
        options.cancelled = &cancelled;
        auto imported = DocumentImporter::importBytes("# A\n\ntext\n", QStringLiteral("a.md"),
                                                      DocumentFormat::Markdown, options);
        QVERIFY(!imported);
        QVERIFY(imported.error().message.contains(QStringLiteral("cancelled")));
    }

    void cancellingABigImportMidwayStopsIt()
    {
        QByteArray big;
        while (big.size() < 4 * 1024 * 1024)
            big +=
                "## Section\n\n- FR-1: The system must do a thing.\n- A second item\n\nSome prose here.\n\n";
        std::atomic_bool cancelled{false};
        int calls = 0;
        ImportOptions options;
        options.cancelled = &cancelled;
        options.progress = [&](int percent) {
            if (percent > 10 && ++calls == 1)
                cancelled = true;
        };
        auto imported =
            DocumentImporter::importBytes(big, QStringLiteral("big.md"), DocumentFormat::Markdown, options);
        QVERIFY(!imported);
        QVERIFY(imported.error().message.contains(QStringLiteral("cancelled")));
    }

    void progressRisesToOneHundred()
    {
        QList<int> seen;
        ImportOptions options;
        options.progress = [&](int percent) { seen.append(percent); };
        QVERIFY(DocumentImporter::importBytes("# A\n\ntext\n", QStringLiteral("a.md"),
                                              DocumentFormat::Markdown, options));
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last(), 100);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    }
};

QTEST_GUILESS_MAIN(TestImportErrors)
#include "tst_import_errors.moc"
