#include "import/document_importer.h"

#include <QTest>

using namespace docket;

class TestTextImport : public QObject {
    Q_OBJECT
private slots:
    void paragraphsHeadingsAndLists()
    {
        const QByteArray text = "Dashboard refresh\n"                                    // 1
                                "\n"                                                     // 2
                                "We want the dashboard to load faster. Today it takes\n" // 3
                                "eight seconds.\n"                                       // 4
                                "\n"                                                     // 5
                                "REQUIREMENTS\n"                                         // 6
                                "\n"                                                     // 7
                                "- Cards render within one second\n"                     // 8
                                "- Charts load lazily\n"                                 // 9
                                "  after the cards\n"                                    // 10
                                "\n"                                                     // 11
                                "2.1 Open points\n"                                      // 12
                                "\n"                                                     // 13
                                "Should we keep the legacy widgets?\n";                  // 14
        auto imported =
            DocumentImporter::importBytes(text, QStringLiteral("notes.txt"), DocumentFormat::PlainText);
        QVERIFY(imported);
        const QList<Block> &blocks = imported.value().blocks;
        QCOMPARE(imported.value().document.title, QStringLiteral("Dashboard refresh"));
        QCOMPARE(imported.value().document.format, DocumentFormat::PlainText);

        QCOMPARE(blocks.at(0).type, BlockType::Heading);
        QCOMPARE(blocks.at(1).type, BlockType::Paragraph);
        QCOMPARE(blocks.at(1).startLine, 3);
        QCOMPARE(blocks.at(1).endLine, 4);
        QCOMPARE(blocks.at(2).type, BlockType::Heading);
        QCOMPARE(blocks.at(2).text, QStringLiteral("REQUIREMENTS"));
        // Items under a requirements heading are requirements, one block each.
        QCOMPARE(blocks.at(3).type, BlockType::Requirement);
        QCOMPARE(blocks.at(3).startLine, 8);
        QCOMPARE(blocks.at(4).text, QStringLiteral("Charts load lazily after the cards"));
        QCOMPARE(blocks.at(4).startLine, 9);
        QCOMPARE(blocks.at(4).endLine, 10);
        QCOMPARE(blocks.at(5).type, BlockType::Heading);
        QCOMPARE(blocks.at(5).headingLevel, 3);
        QCOMPARE(blocks.at(6).type, BlockType::OpenQuestion);
        QCOMPARE(blocks.at(6).startLine, 14);
    }

    void underlinedHeadingsAndIntroducedChecklist()
    {
        const QByteArray text =
            "Password reset\n==============\n\nAcceptance criteria:\n- [ ] Link valid 30 minutes\n"
            "- [ ] Used links are refused\n";
        auto imported =
            DocumentImporter::importBytes(text, QStringLiteral("reset.txt"), DocumentFormat::PlainText);
        QVERIFY(imported);
        const QList<Block> &blocks = imported.value().blocks;
        QCOMPARE(blocks.size(), 3);
        QCOMPARE(blocks.at(0).headingLevel, 1);
        QCOMPARE(blocks.at(0).endLine, 2);
        QCOMPARE(blocks.at(1).text, QStringLiteral("Acceptance criteria"));
        QCOMPARE(blocks.at(2).type, BlockType::AcceptanceCriteria);
        QCOMPARE(blocks.at(2).items.size(), 2);
        QCOMPARE(blocks.at(2).headingPath.last(), QStringLiteral("Acceptance criteria"));
    }

    void userStoryInPlainText()
    {
        auto imported =
            DocumentImporter::importBytes("As a PM, I want to paste a spec so that I get tickets.\n",
                                          QStringLiteral("s.txt"), DocumentFormat::PlainText);
        QVERIFY(imported);
        QCOMPARE(imported.value().blocks.last().type, BlockType::UserStory);
    }
};

QTEST_GUILESS_MAIN(TestTextImport)
#include "tst_text_import.moc"
