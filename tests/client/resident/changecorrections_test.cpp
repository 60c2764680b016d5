// The 異動 dialogs that correct and record a person — 訂正, 職権修正 (the address alone too),
// 外国人住民の記載事項 — the 409 of a change another counter made first, the arrivals opened by
// their shortcuts (国外からの転入, 特例転入, 職権記載), and every kind's dialog within 1024×768 with
// Esc cancelling, against a real TestServer (SQLite, 処理日 2025-06-02) (changedialogkit.h).
#include "changedialogkit.h"

using namespace kikan;
using namespace kikan::client;
using namespace kikan::test;

class ChangeCorrectionsTest : public ChangeDialogTestCase
{
    Q_OBJECT

private slots:
    void correctionKeepsTheOldRow()
    {
        const Family f = arrive(
            {test::person(s("石井"), s("太朗"), s("イシイ"), s("タロウ"), "1970-07-07", "1", "02")});
        const qint64 version = inquiry(f.parties[0])["version"].toInteger();
        auto [w, page] = inquiryOf(f.parties[0]);
        QVERIFY(page);
        ChangeDialog *dialog = shortcut(page, QStringLiteral("correction"));
        QVERIFY(dialog);
        QVERIFY(fits(dialog));
        auto *form = qobject_cast<PersonEditForm *>(dialog->entryForm());
        QVERIFY(form);
        QCOMPARE(form->rowBox()->count(), 1);
        QCOMPARE(form->lineItem("givenName")->text(), s("太朗"));
        // Nothing changed: said before sending.
        type(form->reasonEdit(), s("届書の誤読"));
        enter(dialog);
        QVERIFY(!dialog->showsSummary());
        QVERIFY(form->fieldError("fields.familyName").contains(s("変更")));
        type(form->lineItem("givenName"), s("太郎"));
        const QJsonObject body = form->body();
        QCOMPARE(body["fields"].toObject(), QJsonObject({{"givenName", s("太郎")}}));
        QCOMPARE(body["personVersion"].toInteger(), version);
        QCOMPARE(body["historyNo"].toInteger(), 1);
        enter(dialog);
        QVERIFY(dialog->summaryText().contains(s("太朗 → 太郎")));
        QVERIFY(dialog->summaryText().contains(s("石井　太朗"))); // whose record
        QVERIFY(confirmAndRegister(page, dialog));

        const QJsonArray history = inquiry(f.parties[0])["history"].toArray();
        QCOMPARE(history.size(), 2);
        int corrected = 0, live = 0;
        for (const QJsonValue &h : history) {
            if (h["superseded"].toBool() && h["givenName"].toString() == s("太朗"))
                ++corrected;
            if (!h["superseded"].toBool() && h["givenName"].toString() == s("太郎"))
                ++live;
        }
        QCOMPARE(corrected, 1);
        QCOMPARE(live, 1);
        QCOMPARE(page->inquiryWidget()->historyTable()->rowCount(), 2);
        QCOMPARE(latest(f.parties[0])["givenName"].toString(), s("太郎"));
    }

    void officialCorrectionOfTheAddress()
    {
        const Family f = arrive(
            {test::person(s("岡田"), s("直子"), s("オカダ"), s("ナオコ"), "1980-10-10", "2", "02")});
        auto [w, page] = inquiryOf(f.parties[0]);
        QVERIFY(page);
        ChangeDialog *dialog = shortcut(page, QStringLiteral("official-correction"));
        QVERIFY(dialog);
        auto *form = qobject_cast<PersonEditForm *>(dialog->entryForm());
        type(form->effectiveDateEdit(), QStringLiteral("5070510"));
        type(form->lineItem("addressNumber"), QStringLiteral("88-8"));
        type(form->reasonEdit(), s("住居表示の誤り"));
        QVERIFY(form->body().contains("address"));
        QVERIFY(confirmAndRegister(page, dialog));
        QCOMPARE(latest(f.parties[0])["addressNumber"].toString(), QStringLiteral("88-8"));
        QCOMPARE(inquiry(f.parties[0])["history"].toArray().size(), 2);
        QVERIFY(page->inquiryWidget()->itemText("address").contains(QStringLiteral("88-8")));
    }

    void foreignResidentItems()
    {
        QJsonObject p = test::person("GARCIA", "MARIA", s("ガルシア"), s("マリア"), "1994-04-04",
                                     "2", "02");
        p.insert("residentKind", "foreign");
        p.insert("nationality", s("ブラジル"));
        p.insert("article30_45Class", "1");
        p.insert("residenceStatus", s("定住者"));
        p.insert("periodOfStay", s("1年"));
        p.insert("stayExpiryDate", "2026-03-31");
        const Family f = arrive({p}, QStringLiteral("official-entry"));
        QVERIFY(!f.parties.isEmpty());
        auto [w, page] = inquiryOf(f.parties[0]);
        QVERIFY(page);
        ChangeDialog *dialog = shortcut(page, QStringLiteral("foreign-resident-update"));
        QVERIFY(dialog);
        QVERIFY(fits(dialog));
        auto *form = qobject_cast<PersonEditForm *>(dialog->entryForm());
        QVERIFY(!form->item("familyName")); // only the 在留 items
        type(form->effectiveDateEdit(), QStringLiteral("5070515"));
        // A 満了日 before the 異動日: the server's message under 在留期間の満了日.
        type(form->lineItem("stayExpiryDate"), QStringLiteral("R7.5.1"));
        enter(dialog);
        QVERIFY(dialog->showsSummary());
        QSignalSpy answered(dialog, &ChangeDialog::answered);
        enter(dialog);
        QVERIFY(answered.wait(20000));
        QVERIFY2(form->fieldError("fields.stayExpiryDate").contains(s("満了")),
                 qPrintable(form->fieldError("fields.stayExpiryDate") + dialog->errorText()));

        type(form->lineItem("stayExpiryDate"), QStringLiteral("2028-03-31"));
        type(form->lineItem("periodOfStay"), s("3年"));
        QVERIFY(confirmAndRegister(page, dialog));
        const QJsonObject now = latest(f.parties[0]);
        QCOMPARE(now["stayExpiryDate"].toString(), QStringLiteral("2028-03-31"));
        QCOMPARE(now["periodOfStay"].toString(), s("3年"));
        QCOMPARE(now["residenceStatus"].toString(), s("定住者"));
    }

    void conflictShowsTheMessageAndReloads()
    {
        const Family f = arrive(
            {test::person(s("西村"), s("学"), s("ニシムラ"), s("マナブ"), "1975-05-15", "1", "02"),
             test::person(s("西村"), s("舞"), s("ニシムラ"), s("マイ"), "1977-07-17", "2", "12")});
        auto [w, page] = inquiryOf(f.parties[0]);
        QVERIFY(page);
        ChangeDialog *dialog = shortcut(page, QStringLiteral("householder-change"));
        QVERIFY(dialog);
        // Another counter registers a birth in the household first.
        const test::HttpReply other = m_kit.resident->change(
            "birth", {{"effectiveDate", "2025-05-30"}, {"notifiedDate", "2025-06-01"},
                      {"householdNo", f.householdNo},
                      {"householdVersion", page->inquiryWidget()->inquiry()["household"].toObject()["version"]},
                      {"person", test::person(s("西村"), s("蓮"), s("ニシムラ"), s("レン"),
                                              "2025-05-30", "1", "20")}},
            m_kit.token);
        QVERIFY2(other.status == 201, other.body.constData());
        auto *form = qobject_cast<HouseholdChangeForm *>(dialog->entryForm());
        type(form->effectiveDateEdit(), QStringLiteral("5070601"));
        type(form->notifiedDateEdit(), QStringLiteral("5070601"));
        QVERIFY(form->members()->setNewRelationship(f.parties[1], "02"));
        QVERIFY(form->members()->setNewRelationship(f.parties[0], "11"));
        enter(dialog);
        QVERIFY(dialog->showsSummary());
        QSignalSpy answered(dialog, &ChangeDialog::answered);
        enter(dialog);
        QVERIFY(answered.wait(20000));
        QVERIFY(test::conflictReloads(dialog, page));
        QCOMPARE(page->inquiryWidget()->householdTable()->rowCount(), 3); // the new child
        QCOMPARE(latest(f.parties[0])["relationshipCode"].toString(), QStringLiteral("02"));
    }

    void arrivalsFromTheirShortcuts()
    {
        MainWindow w(&m_api, nullptr);
        ResidentPage *page = openPage(w);
        // 国外からの転入: Ctrl+Shift+A anywhere in the area.
        QWidget *query = page->searchWidget()->queryEdit();
        query->setFocus();
        QCOMPARE(QApplication::focusWidget(), query);
        QTest::keyClick(query, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        ChangeDialog *dialog = openDialog(page, QStringLiteral("move-in-abroad"));
        QVERIFY(dialog);
        QSignalSpy codes(dialog, &ChangeDialog::codesLoaded);
        QVERIFY(codes.wait(20000));
        QVERIFY(fits(dialog));
        ChangeForm *form = dialog->form();
        type(form->effectiveDateEdit(), QStringLiteral("5070501"));
        type(form->notifiedDateEdit(), QStringLiteral("5070502"));
        form->townAreaBox()->setCurrentIndex(form->townAreaBox()->findData("0002"));
        type(form->addressNumberEdit(), QStringLiteral("4-4"));
        type(form->previousAddressEdit(), s("アメリカ合衆国"));
        const QStringList values{s("青木"), s("玲"), s("アオキ"), s("レイ"), "1999-09-09", "2",
                                 "02"};
        for (int c = 0; c < values.size(); ++c)
            form->personsTable()->setItem(0, c, new QTableWidgetItem(values[c]));
        QVERIFY(confirmAndRegister(page, dialog));
        const qint64 party = page->inquiryWidget()->partyNo();
        const QJsonObject answer = inquiry(party);
        QCOMPARE(answer["history"][0]["change"]["kind"].toString(), QStringLiteral("move_in_abroad"));
        QCOMPARE(answer["latest"]["previousAddress"].toString(), s("アメリカ合衆国"));

        // 特例転入 asks for 個人番号 in its table; 職権記載 for the reason and no 届出日.
        for (const auto &[key, kind] : {std::pair{Qt::Key_T, "move-in-special"},
                                        std::pair{Qt::Key_N, "official-entry"}}) {
            QApplication::setActiveWindow(&w);
            page->inquiryWidget()->dateEdit()->setFocus();
            QTest::keyClick(page->inquiryWidget()->dateEdit(), key,
                            Qt::ControlModifier | Qt::ShiftModifier);
            ChangeDialog *d = openDialog(page, QLatin1String(kind));
            QVERIFY(d);
            QSignalSpy loaded(d, &ChangeDialog::codesLoaded);
            QVERIFY(loaded.wait(20000));
            QVERIFY(fits(d));
            if (d->kind() == QLatin1String("move-in-special")) {
                QCOMPARE(d->form()->personsTable()->columnCount(), 8);
                d->reject();
                continue;
            }
            // 職権記載 of a person found living in the town without a notification.
            ChangeForm *entry = d->form();
            QVERIFY(!entry->notifiedDateEdit());
            type(entry->effectiveDateEdit(), QStringLiteral("R7.5.12"));
            enter(d);
            QVERIFY(entry->fieldError("reasonNote").contains(s("理由")));
            type(entry->reasonEdit(), s("実態調査により居住を確認"));
            entry->townAreaBox()->setCurrentIndex(entry->townAreaBox()->findData("0003"));
            type(entry->addressNumberEdit(), QStringLiteral("2-2"));
            const QStringList person{s("藤井"), s("聡"), s("フジイ"), s("サトシ"), "1980-01-20",
                                     "1", "02"};
            for (int c = 0; c < person.size(); ++c)
                entry->personsTable()->setItem(0, c, new QTableWidgetItem(person[c]));
            QVERIFY(confirmAndRegister(page, d));
            const QJsonObject found = inquiry(page->inquiryWidget()->partyNo());
            QCOMPARE(found["latest"].toObject()["name"].toString(), s("藤井　聡"));
            const QJsonObject change = found["history"][0].toObject()["change"].toObject();
            QCOMPARE(change["kind"].toString(), QStringLiteral("official_entry"));
            QVERIFY(change["notificationNo"].isNull()); // no 届出
        }
    }

    void everyDialogFits()
    {
        const Family f = arrive(
            {test::person(s("松本"), s("潤"), s("マツモト"), s("ジュン"), "1983-08-30", "1", "02"),
             test::person(s("松本"), s("優"), s("マツモト"), s("ユウ"), "1985-12-01", "2", "12")});
        auto [w, page] = inquiryOf(f.parties[0]);
        QVERIFY(page);
        const int before = int(inquiry(f.parties[0])["history"].toArray().size());
        for (const QString &kind : ChangeDialog::kinds()) {
            ChangeDialog *dialog = page->openChange(kind);
            QSignalSpy codes(dialog, &ChangeDialog::codesLoaded);
            QVERIFY(codes.wait(20000));
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QVERIFY2(fits(dialog), qPrintable(kind));
            QVERIFY2(!dialog->windowTitle().contains(kind), qPrintable(dialog->windowTitle()));
            // Esc on the form cancels: nothing sent, the dialog closes.
            QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key_Escape);
            QVERIFY2(!dialog->isVisible(), qPrintable(kind));
        }
        QCOMPARE(inquiry(f.parties[0])["history"].toArray().size(), before);
    }
};

QTEST_MAIN(ChangeCorrectionsTest)
#include "changecorrections_test.moc"
