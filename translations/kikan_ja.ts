<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>RollFormat</name>
    <message>
        <source>Registered</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Marked (moved out)</source>
        <translation>表示（転出）</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>抹消</translation>
    </message>
    <message>
        <source>Mark withdrawn</source>
        <translation>表示の取消</translation>
    </message>
    <message>
        <source>Polling district changed</source>
        <translation>投票区の変更</translation>
    </message>
    <message>
        <source>Name or address updated</source>
        <translation>氏名・住所の変更</translation>
    </message>
    <message>
        <source>Periodic registration</source>
        <translation>定時登録</translation>
    </message>
    <message>
        <source>Registration for an election</source>
        <translation>選挙時登録</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>転出</translation>
    </message>
    <message>
        <source>Four months after moving out</source>
        <translation>転出後4か月経過</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Loss of Japanese nationality</source>
        <translation>国籍喪失</translation>
    </message>
    <message>
        <source>The person or family</source>
        <translation>本人・同一世帯</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候補者等</translation>
    </message>
    <message>
        <source>Political activity</source>
        <translation>政党・政治団体</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>調査研究</translation>
    </message>
    <message>
        <source>News report</source>
        <translation>報道</translation>
    </message>
    <message>
        <source>Party no.</source>
        <translation>宛名番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>District</source>
        <translation>投票区</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登録日</translation>
    </message>
    <message>
        <source>Marked on</source>
        <translation>表示日</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>抹消日</translation>
    </message>
</context>
<context>
    <name>kikan::client::AboutDialog</name>
    <message>
        <source>About Kikan</source>
        <translation>Kikan のバージョン情報</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kikan&lt;/b&gt; resident information system client, version %1&lt;br&gt;Qt %2&lt;br&gt;Server: %3</source>
        <translation>&lt;b&gt;Kikan&lt;/b&gt; 住民情報システム クライアント&#x3000;バージョン %1&lt;br&gt;Qt %2&lt;br&gt;サーバー：%3</translation>
    </message>
    <message>
        <source>Kikan is open-source software.

It uses Qt (LGPL v3), POCO C++ Libraries (Boost Software License), OpenSSL (Apache License 2.0), SQLite (public domain) and ICU (Unicode License).

Character data:</source>
        <translation>Kikan はオープンソースソフトウェアです。

Qt (LGPL v3)、POCO C++ Libraries (Boost Software License)、OpenSSL (Apache License 2.0)、SQLite (パブリックドメイン)、ICU (Unicode License) を使用しています。

文字情報：</translation>
    </message>
</context>
<context>
    <name>kikan::client::AdminPage</name>
    <message>
        <source>Staff users</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Groups and rights</source>
        <translation>グループと権限</translation>
    </message>
    <message>
        <source>Sign-in settings</source>
        <translation>サインイン設定</translation>
    </message>
    <message>
        <source>Allow sign-in with staff ID and password</source>
        <translation>職員IDとパスワードによるサインインを許可する</translation>
    </message>
    <message>
        <source>When this is off, staff sign in only with their staff ID card and PIN.</source>
        <translation>オフのときは、職員証（ICカード）とPINによるサインインのみ使用できます。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>kikan::client::ApiClient</name>
    <message>
        <source>The server URL must start with https:// and name the server.</source>
        <translation>サーバーURLは https:// で始まり、サーバー名を含む必要があります。</translation>
    </message>
    <message>
        <source>The CA certificate file does not exist: %1</source>
        <translation>CA証明書ファイルが見つかりません：%1</translation>
    </message>
    <message>
        <source>The CA certificate file holds no certificate in PEM form: %1</source>
        <translation>CA証明書ファイルにPEM形式の証明書がありません：%1</translation>
    </message>
    <message>
        <source>No server is set. Enter the server URL in the settings.</source>
        <translation>サーバーが設定されていません。設定でサーバーURLを入力してください。</translation>
    </message>
    <message>
        <source>The server gave an answer the client does not understand (HTTP %1).</source>
        <translation>サーバーから想定外の応答がありました（HTTP %1）。管理者に連絡してください。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so the connection was stopped. Check the server URL and the CA certificate in the settings.</source>
        <translation>サーバーの証明書を確認できないため、接続を中止しました。設定のサーバーURLとCA証明書を確認してください。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the network and the state of the server.</source>
        <translation>サーバーから時間内に応答がありません。ネットワークとサーバーの状態を確認してください。</translation>
    </message>
    <message>
        <source>Cannot connect to the server. Check the network and the state of the server.</source>
        <translation>サーバーに接続できません。ネットワークとサーバーの状態を確認してください。</translation>
    </message>
</context>
<context>
    <name>kikan::client::AreaPage</name>
    <message>
        <source>The screens of this area are not available in this version of Kikan. They will be added in a later version.</source>
        <translation>この業務の画面は、このバージョンの Kikan ではまだ利用できません。今後のバージョンで追加されます。</translation>
    </message>
    <message>
        <source>Your rights in this area: %1</source>
        <translation>この業務でのあなたの権限：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>kikan::client::AssessmentRunDialog</name>
    <message>
        <source>Annual assessment</source>
        <translation>当初課税</translation>
    </message>
    <message>
        <source>&amp;Run assessment</source>
        <translation>課税を実行(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;totals</source>
        <translation>集計を表示(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>年度(&amp;F):</translation>
    </message>
    <message>
        <source>Vehicle class</source>
        <translation>車種区分</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>台数</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税額</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>減免額</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>調定額</translation>
    </message>
    <message>
        <source>Run the annual assessment of fiscal year %1? A second run only corrects differences.</source>
        <translation>%1 年度の当初課税を実行しますか? 2 回目以降の実行は差のある分だけを更正します。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Fiscal year %1: %2 created, %3 unchanged, %4 corrected.</source>
        <translation>%1 年度: %2 件作成、%3 件変更なし、%4 件更正。</translation>
    </message>
    <message>
        <source>Fiscal year %1: the totals as recorded.</source>
        <translation>%1 年度: 記録済みの集計です。</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>実行を中止(&amp;C)</translation>
    </message>
    <message>
        <source>%v of %m vehicles</source>
        <translation>%v / %m 台</translation>
    </message>
    <message>
        <source>The run was cancelled. The vehicles done so far keep their assessment; running again completes the fiscal year.</source>
        <translation>当初課税を中止しました。処理済みの車両の課税はそのまま残ります。もう一度実行すると、この年度の残りを課税します。</translation>
    </message>
</context>
<context>
    <name>kikan::client::AuditLogPage</name>
    <message>
        <source>Sign-in</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>通信</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>CSV出力...</translation>
    </message>
    <message>
        <source>Audit log search</source>
        <translation>監査ログの検索</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種別：</translation>
    </message>
    <message>
        <source>Staff ID:</source>
        <translation>職員ID：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>対象：</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>イベント：</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>職員ID</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>認証方式</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>The start of the period is after its end.</source>
        <translation>期間の開始が終了より後になっています。</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>%1 entries found; showing %2 to %3.</source>
        <translation>%1件見つかりました（%2～%3件目を表示）。</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV出力</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>ファイルに書き込めませんでした：%1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>kikan::client::BirthForm</name>
    <message>
        <source>Date of birth:</source>
        <translation>生年月日:</translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation>氏:</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>名:</translation>
    </message>
    <message>
        <source>Surname reading:</source>
        <translation>氏（フリガナ）:</translation>
    </message>
    <message>
        <source>Given name reading:</source>
        <translation>名（フリガナ）:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>性別:</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>続柄:</translation>
    </message>
    <message>
        <source>Registered domicile:</source>
        <translation>本籍:</translation>
    </message>
    <message>
        <source>Head of family register:</source>
        <translation>筆頭者:</translation>
    </message>
    <message>
        <source>Notified by:</source>
        <translation>届出人:</translation>
    </message>
    <message>
        <source>e.g. the father</source>
        <translation>例 父</translation>
    </message>
    <message>
        <source>Enter this item.</source>
        <translation>入力してください。</translation>
    </message>
    <message>
        <source>Enter the reading in katakana or hiragana.</source>
        <translation>フリガナはカタカナかひらがなで入力してください。</translation>
    </message>
    <message>
        <source>Choose the sex.</source>
        <translation>性別を選んでください。</translation>
    </message>
    <message>
        <source>A newborn cannot be the householder.</source>
        <translation>生まれた子を世帯主にはできません。</translation>
    </message>
</context>
<context>
    <name>kikan::client::Buttons</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>kikan::client::CancelMoveOutForm</name>
    <message>
        <source>Move-out to cancel:</source>
        <translation>取り消す転出:</translation>
    </message>
    <message>
        <source>%1 move-out to %2 (history no. %3)</source>
        <translation>%1 転出（転出先 %2、履歴番号 %3）</translation>
    </message>
    <message>
        <source>This person has no move-out to cancel.</source>
        <translation>この人には取り消せる転出がありません。</translation>
    </message>
</context>
<context>
    <name>kikan::client::CandidateList</name>
    <message>
        <source>Juki code</source>
        <translation>住基コード</translation>
    </message>
    <message>
        <source>Koseki number</source>
        <translation>戸籍番号</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>異体字</translation>
    </message>
    <message>
        <source>%1
Juki %2
Koseki %3</source>
        <translation>%1
住基 %2
戸籍 %3</translation>
    </message>
    <message>
        <source>%1, %2 strokes%3</source>
        <translation>%1、%2画%3</translation>
    </message>
</context>
<context>
    <name>kikan::client::CardDialog</name>
    <message>
        <source>Register staff ID card</source>
        <translation>職員証の登録</translation>
    </message>
    <message>
        <source>Hold the staff ID card of %1 over the card reader, or type the card ID.</source>
        <translation>%1 さんの職員証をカードリーダーにかざすか、カードIDを入力してください。</translation>
    </message>
    <message>
        <source>Card ID:</source>
        <translation>カードID：</translation>
    </message>
</context>
<context>
    <name>kikan::client::CertificateDialog</name>
    <message>
        <source>Issue a certificate</source>
        <translation>証明書の発行</translation>
    </message>
    <message>
        <source>Party no. %1</source>
        <translation>宛名番号 %1</translation>
    </message>
    <message>
        <source>Enter: preview&#x3000;Ctrl+Enter: issue and print&#x3000;PgUp/PgDn: pages&#x3000;Esc: close</source>
        <translation>Enter：プレビュー&#x3000;Ctrl+Enter：発行して印刷&#x3000;PgUp/PgDn：ページ&#x3000;Esc：閉じる</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>プレビュー(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Issue and print</source>
        <translation>発行して印刷(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Print again</source>
        <translation>再印刷(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>PDFとして保存(&amp;S)...</translation>
    </message>
    <message>
        <source>Ctrl+Enter: takes a certificate number and records the issue</source>
        <translation>Ctrl+Enter：発行番号を採番し、交付を記録します</translation>
    </message>
    <message>
        <source>Preparing the preview...</source>
        <translation>プレビューを作成しています...</translation>
    </message>
    <message>
        <source>Issued as certificate no. %1 (%2 page(s)): %3.</source>
        <translation>発行番号 %1 で発行しました（%2枚）：%3。</translation>
    </message>
    <message>
        <source>Support measure (DV etc.): %1</source>
        <translation>支援措置（DV等）：%1</translation>
    </message>
    <message>
        <source>No preview: the server refused the request.</source>
        <translation>請求が受け付けられなかったため、プレビューはありません。</translation>
    </message>
    <message>
        <source>Print certificate no. %1</source>
        <translation>証明書の印刷（発行番号 %1）</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>証明書 %1</translation>
    </message>
    <message>
        <source>Printing failed: the certificate no. %1 is issued; print it again or save it as a PDF.</source>
        <translation>印刷できませんでした。発行番号 %1 の証明書は発行済みです。再印刷するか、PDFとして保存してください。</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>PDFを保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Save certificate as PDF</source>
        <translation>証明書をPDFとして保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>再印刷</translation>
    </message>
    <message>
        <source>Why is certificate no. %1 printed again?</source>
        <translation>発行番号 %1 の証明書を再印刷する理由を選ぶか入力してください。</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>用紙詰まり</translation>
    </message>
    <message>
        <source>Poor print</source>
        <translation>印字不良</translation>
    </message>
    <message>
        <source>Other (write the reason)</source>
        <translation>その他（理由を入力）</translation>
    </message>
    <message>
        <source>Certificate no. %1 is printed again (reason: %2).</source>
        <translation>発行番号 %1 の証明書を再印刷します（理由：%2）。</translation>
    </message>
</context>
<context>
    <name>kikan::client::CertificateForm</name>
    <message>
        <source>Copy of the resident record - household (combined form)</source>
        <translation>住民票の写し（世帯連記式）</translation>
    </message>
    <message>
        <source>Copy of the resident record - individual sheet</source>
        <translation>住民票の写し（個人票）</translation>
    </message>
    <message>
        <source>Certificate of recorded items</source>
        <translation>住民票記載事項証明書</translation>
    </message>
    <message>
        <source>Copy of the removed record</source>
        <translation>除票の写し</translation>
    </message>
    <message>
        <source>Move-out certificate</source>
        <translation>転出証明書</translation>
    </message>
    <message>
        <source>Certificate &amp;kind:</source>
        <translation>証明書の種類(&amp;K)：</translation>
    </message>
    <message>
        <source>Persons printed</source>
        <translation>記載する方</translation>
    </message>
    <message>
        <source>&amp;Whole household</source>
        <translation>世帯全員(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Only the members ticked</source>
        <translation>世帯の一部（チェックした方）(&amp;O)</translation>
    </message>
    <message>
        <source>Items printed only on request</source>
        <translation>請求があるときだけ記載する事項</translation>
    </message>
    <message>
        <source>Registered &amp;domicile and its head</source>
        <translation>本籍・筆頭者(&amp;D)</translation>
    </message>
    <message>
        <source>Householder and &amp;relationship</source>
        <translation>世帯主・続柄(&amp;R)</translation>
    </message>
    <message>
        <source>Resident record &amp;code</source>
        <translation>住民票コード(&amp;C)</translation>
    </message>
    <message>
        <source>Previous address (&amp;from)</source>
        <translation>前住所(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;hange history</source>
        <translation>異動履歴(&amp;H)</translation>
    </message>
    <message>
        <source>My &amp;Number</source>
        <translation>個人番号(&amp;N)</translation>
    </message>
    <message>
        <source>why the requester needs the My Number</source>
        <translation>個人番号が必要な理由</translation>
    </message>
    <message>
        <source>Re&amp;ason for the My Number:</source>
        <translation>個人番号の理由(&amp;A)：</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>請求者</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>A member of the same household</source>
        <translation>同一世帯の方</translation>
    </message>
    <message>
        <source>A third party</source>
        <translation>第三者</translation>
    </message>
    <message>
        <source>required for a third party</source>
        <translation>第三者の請求では必須</translation>
    </message>
    <message>
        <source>e.g. pension, school, driving licence</source>
        <translation>例：年金、就学、運転免許</translation>
    </message>
    <message>
        <source>Re&amp;quester:</source>
        <translation>請求者(&amp;Q)：</translation>
    </message>
    <message>
        <source>Requester&apos;s na&amp;me:</source>
        <translation>請求者の氏名(&amp;M)：</translation>
    </message>
    <message>
        <source>Reason (third part&amp;y):</source>
        <translation>請求の理由(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>使用目的(&amp;U)：</translation>
    </message>
    <message>
        <source>Only staff with the My Number right may print it.</source>
        <translation>個人番号の権限がある職員だけが記載できます。</translation>
    </message>
    <message>
        <source>Tick the members to print.</source>
        <translation>証明する世帯員にチェックを付けてください。</translation>
    </message>
    <message>
        <source>Enter why the requester needs the My Number.</source>
        <translation>個人番号を記載する理由を入力してください。</translation>
    </message>
    <message>
        <source>A third party must state the reason for the request.</source>
        <translation>第三者の請求では、請求の理由を入力してください。</translation>
    </message>
</context>
<context>
    <name>kikan::client::CertificatePreview</name>
    <message>
        <source>&lt; Previous page</source>
        <translation>&lt; 前のページ</translation>
    </message>
    <message>
        <source>Next page &gt;</source>
        <translation>次のページ &gt;</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <source>&amp;Zoom to width</source>
        <translation>幅に合わせる(&amp;Z)</translation>
    </message>
    <message>
        <source>The form has changed: press Enter to preview again.</source>
        <translation>内容が変わりました。Enterでプレビューを更新してください。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>The pages cannot be shown: %1</source>
        <translation>ページを表示できません: %1</translation>
    </message>
</context>
<context>
    <name>kikan::client::ChangeDialog</name>
    <message>
        <source>Move-in</source>
        <translation>転入</translation>
    </message>
    <message>
        <source>Move within the town</source>
        <translation>転居</translation>
    </message>
    <message>
        <source>Move-out</source>
        <translation>転出</translation>
    </message>
    <message>
        <source>&amp;Reload the record</source>
        <translation>最新の内容を読み込む(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登録(&amp;R)</translation>
    </message>
    <message>
        <source>Move-in from abroad</source>
        <translation>国外からの転入</translation>
    </message>
    <message>
        <source>Move-in (special, with My Number card)</source>
        <translation>特例転入</translation>
    </message>
    <message>
        <source>Entry ex officio</source>
        <translation>職権記載</translation>
    </message>
    <message>
        <source>Cancel a move-out</source>
        <translation>転出取消</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Change of householder</source>
        <translation>世帯主変更</translation>
    </message>
    <message>
        <source>Household split</source>
        <translation>世帯分離</translation>
    </message>
    <message>
        <source>Household merger</source>
        <translation>世帯合併</translation>
    </message>
    <message>
        <source>Correction ex officio</source>
        <translation>職権修正</translation>
    </message>
    <message>
        <source>Removal ex officio</source>
        <translation>職権消除</translation>
    </message>
    <message>
        <source>Foreign resident items</source>
        <translation>外国人住民の記載事項の変更</translation>
    </message>
    <message>
        <source>Correction of an entry</source>
        <translation>訂正</translation>
    </message>
    <message>
        <source>%1 - entry</source>
        <translation>%1の入力</translation>
    </message>
    <message>
        <source>Register this change? Enter registers, Esc goes back to the form.</source>
        <translation>この内容で登録しますか？&#x3000;Enter で登録、Esc で入力に戻ります。</translation>
    </message>
    <message>
        <source>&amp;Confirm...</source>
        <translation>確認(&amp;C)...</translation>
    </message>
</context>
<context>
    <name>kikan::client::ChangeForm</name>
    <message>
        <source>e.g. 1-2-3</source>
        <translation>例 1-2-3</translation>
    </message>
    <message>
        <source>e.g. 0790000</source>
        <translation>例 0790000</translation>
    </message>
    <message>
        <source>Town area:</source>
        <translation>町字:</translation>
    </message>
    <message>
        <source>Lot number:</source>
        <translation>番地・号:</translation>
    </message>
    <message>
        <source>Building, room:</source>
        <translation>方書:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>郵便番号:</translation>
    </message>
    <message>
        <source>Previous address:</source>
        <translation>転入前住所:</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>氏</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Surname reading</source>
        <translation>氏（フリガナ）</translation>
    </message>
    <message>
        <source>Given name reading</source>
        <translation>名（フリガナ）</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Sex (1/2)</source>
        <translation>性別(1男 2女)</translation>
    </message>
    <message>
        <source>Rel. code</source>
        <translation>続柄コード</translation>
    </message>
    <message>
        <source>02 householder, 11 husband, 12 wife, 20 child, 51 father, 52 mother</source>
        <translation>02 世帯主、11 夫、12 妻、20 子、51 父、52 母</translation>
    </message>
    <message>
        <source>Persons:</source>
        <translation>異動者:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>転出先住所:</translation>
    </message>
    <message>
        <source>Who moves:</source>
        <translation>異動する世帯員:</translation>
    </message>
    <message>
        <source>Person %1%2: %3</source>
        <translation>%1人目%2: %3</translation>
    </message>
    <message>
        <source>Country moved from:</source>
        <translation>転入前の国・地域:</translation>
    </message>
    <message>
        <source>My Number</source>
        <translation>個人番号</translation>
    </message>
    <message>
        <source>Enter the persons who move in.</source>
        <translation>転入する人を入力してください。</translation>
    </message>
    <message>
        <source>Choose who moves.</source>
        <translation>異動する世帯員を選んでください。</translation>
    </message>
</context>
<context>
    <name>kikan::client::ChangeFormBase</name>
    <message>
        <source>e.g. 5070601 or R7.6.1</source>
        <translation>例 5070601、R7.6.1</translation>
    </message>
    <message>
        <source>Date of change:</source>
        <translation>異動日:</translation>
    </message>
    <message>
        <source>e.g. 5070602</source>
        <translation>例 5070602</translation>
    </message>
    <message>
        <source>Date notified:</source>
        <translation>届出日:</translation>
    </message>
    <message>
        <source>e.g. survey found no residence (実態調査)</source>
        <translation>例 実態調査により居住の事実なし</translation>
    </message>
    <message>
        <source>Reason (ex officio):</source>
        <translation>職権の理由:</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>日付を入力してください。</translation>
    </message>
    <message>
        <source>The date is after today.</source>
        <translation>今日より後の日付です。</translation>
    </message>
    <message>
        <source>The date of change must not be after the date notified.</source>
        <translation>異動日は届出日以前の日付にしてください。</translation>
    </message>
    <message>
        <source>Enter the reason.</source>
        <translation>理由を入力してください。</translation>
    </message>
</context>
<context>
    <name>kikan::client::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <source>You signed in with a temporary password set by an administrator. Choose your own password to continue.</source>
        <translation>管理者が設定した仮のパスワードでサインインしました。続けるには、ご自身のパスワードに変更してください。</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>現在のパスワード：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新しいパスワード：</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>新しいパスワード（確認）：</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>現在のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>新しいパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The two new passwords differ. Enter the same password twice.</source>
        <translation>新しいパスワードが一致しません。同じパスワードを2回入力してください。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新しいパスワードは現在のパスワードと異なるものにしてください。</translation>
    </message>
</context>
<context>
    <name>kikan::client::CharacterIdentificationPage</name>
    <message>
        <source>Character identification</source>
        <translation>文字同定</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>未同定</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>同定済み</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Import legacy glyph list...</source>
        <translation>外字一覧の取込...</translation>
    </message>
    <message>
        <source>Export decided table...</source>
        <translation>同定表のCSV出力...</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示：</translation>
    </message>
    <message>
        <source>MJ code, Juki code, Koseki number or the character</source>
        <translation>MJ文字図形名・住基コード・戸籍番号・文字で検索</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Back to candidates</source>
        <translation>候補に戻る</translation>
    </message>
    <message>
        <source>Decide (Enter)</source>
        <translation>同定する (Enter)</translation>
    </message>
    <message>
        <source>Undo decision</source>
        <translation>同定を取り消す</translation>
    </message>
    <message>
        <source>%1  → %2</source>
        <translation>%1  → %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>%n glyph(s) shown, %1 undecided</source>
        <translation>
            <numerusform>%n件を表示（未同定 %1件）</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidates: search by code or character below.</source>
        <translation>候補がありません。下の検索欄でコードか文字から探してください。</translation>
    </message>
    <message>
        <source>Candidates (arrow keys to choose, Enter to decide):</source>
        <translation>候補（矢印キーで選択、Enterで同定）：</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>「%1」に該当する文字はありません。</translation>
    </message>
    <message>
        <source>Search results for &quot;%1&quot;:</source>
        <translation>「%1」の検索結果：</translation>
    </message>
    <message>
        <source>%1 is decided as %2.</source>
        <translation>%1 を %2 に同定しました。</translation>
    </message>
    <message>
        <source>The decision on %1 was undone.</source>
        <translation>%1 の同定を取り消しました。</translation>
    </message>
    <message>
        <source>Import legacy glyph list</source>
        <translation>外字一覧の取込</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSVファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>ファイルを読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>%1 is not UTF-8. Save it as UTF-8 and import again.</source>
        <translation>%1 は UTF-8 ではありません。UTF-8 で保存し直してから取り込んでください。</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 already known (their decisions kept), %3 undecided.</source>
        <translation>取り込みました：新規 %1 件、登録済み %2 件（同定結果はそのまま）、未同定 %3 件。</translation>
    </message>
    <message>
        <source>Export decided table</source>
        <translation>同定表のCSV出力</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>ファイルに書き込めませんでした：%1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>kikan::client::DailyReportTab</name>
    <message>
        <source>&amp;Day:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;CSV...</source>
        <translation>CSVで保存(&amp;C)...</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>収納経路</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>消込額</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>未消込額</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>過誤納</translation>
    </message>
    <message>
        <source>Files against their own totals:</source>
        <translation>ファイルごとの合計との照合:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>File total</source>
        <translation>ファイルの合計</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>収納額</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>収納日計表</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>収納月計表</translation>
    </message>
    <message>
        <source>Save &amp;PDF...</source>
        <translation>PDFで保存(&amp;P)...</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>帳票の保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
</context>
<context>
    <name>kikan::client::DirectDebitTab</name>
    <message>
        <source>Request file</source>
        <translation>振替依頼ファイル</translation>
    </message>
    <message>
        <source>Debit &amp;date:</source>
        <translation>振替日(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Create and save...</source>
        <translation>作成して保存(&amp;C)...</translation>
    </message>
    <message>
        <source>Result file</source>
        <translation>振替結果ファイル</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>参照(&amp;B)...</translation>
    </message>
    <message>
        <source>D&amp;ry run</source>
        <translation>試行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>取込(&amp;A)</translation>
    </message>
    <message>
        <source>Not debited (for re-billing):</source>
        <translation>振替不能（再請求の対象）:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>顧客番号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Result code</source>
        <translation>振替結果コード</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Save request file</source>
        <translation>振替依頼ファイルの保存</translation>
    </message>
    <message>
        <source>Request file saved to %1: %2 debits, total %3</source>
        <translation>振替依頼ファイルを %1 に保存しました: %2件、合計 %3</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>ファイルを読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>Dry run (nothing applied): </source>
        <translation>試行（反映していません）: </translation>
    </message>
    <message>
        <source>This file was already imported; nothing applied again: </source>
        <translation>このファイルは取込済みです。再度は反映していません: </translation>
    </message>
    <message>
        <source>%1 debited, %2 not debited, %3 unmatched</source>
        <translation>振替済 %1件、振替不能 %2件、未消込 %3件</translation>
    </message>
</context>
<context>
    <name>kikan::client::DistrictPanel</name>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Polling place</source>
        <translation>投票所</translation>
    </message>
    <message>
        <source>Town areas</source>
        <translation>町字</translation>
    </message>
    <message>
        <source>Town area codes, separated by commas</source>
        <translation>町字コード（カンマ区切り）</translation>
    </message>
    <message>
        <source>N&amp;o.:</source>
        <translation>番号(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Polling place:</source>
        <translation>投票所(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Town areas:</source>
        <translation>町字(&amp;T):</translation>
    </message>
    <message>
        <source>Ne&amp;w district</source>
        <translation>投票区を追加(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>第%1投票区</translation>
    </message>
</context>
<context>
    <name>kikan::client::ElectorPanel</name>
    <message>
        <source>Party number or kana</source>
        <translation>宛名番号又はフリガナ</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>検索(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>History of the selected registration:</source>
        <translation>選択した登録の履歴：</translation>
    </message>
    <message>
        <source>Nobody on the roll matches.</source>
        <translation>該当する選挙人は名簿にいません。</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2（%3）</translation>
    </message>
    <message>
        <source>  change %1</source>
        <translation>  異動 %1</translation>
    </message>
</context>
<context>
    <name>kikan::client::ExtractPanel</name>
    <message>
        <source>Extract of the roll</source>
        <translation>選挙人名簿抄本</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>投票区(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>基準(&amp;A):</translation>
    </message>
    <message>
        <source>Save P&amp;DF...</source>
        <translation>PDFで保存(&amp;D)...</translation>
    </message>
    <message>
        <source>Save &amp;CSV...</source>
        <translation>CSVで保存(&amp;C)...</translation>
    </message>
    <message>
        <source>Inspection request</source>
        <translation>閲覧の申出</translation>
    </message>
    <message>
        <source>Party numbers to show (empty: the whole district)</source>
        <translation>閲覧させる宛名番号（空欄：投票区全体）</translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation>申出者(&amp;R):</translation>
    </message>
    <message>
        <source>Re&amp;quested as:</source>
        <translation>申出の区分(&amp;Q):</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>利用目的(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Entries:</source>
        <translation>対象(&amp;E):</translation>
    </message>
    <message>
        <source>Record and s&amp;how</source>
        <translation>記録して閲覧(&amp;H)</translation>
    </message>
    <message>
        <source>extract-%1-%2.%3</source>
        <translation>抄本-%1-%2.%3</translation>
    </message>
    <message>
        <source>Save the extract</source>
        <translation>抄本の保存</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>ファイルに書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>kikan::client::FormPages</name>
    <message>
        <source>There are no pages to print.</source>
        <translation>印刷するページがありません。</translation>
    </message>
</context>
<context>
    <name>kikan::client::GlyphFacts</name>
    <message>
        <source>Legacy code:</source>
        <translation>外字コード：</translation>
    </message>
    <message>
        <source>Codes kept:</source>
        <translation>旧システムのコード：</translation>
    </message>
    <message>
        <source>Reading / note:</source>
        <translation>読み／備考：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態：</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>画像なし</translation>
    </message>
    <message>
        <source>Juki %1   Koseki %2   Unicode %3</source>
        <translation>住基 %1&#x3000;戸籍 %2&#x3000;Unicode %3</translation>
    </message>
    <message>
        <source>Decided as %1 (%2) by %3 at %4</source>
        <translation>%1（%2）に同定済み（%3、%4）</translation>
    </message>
    <message>
        <source>Undecided: records with this character wait for a decision</source>
        <translation>未同定：この文字を含むデータは同定まで移行されません</translation>
    </message>
    <message>
        <source>Select a legacy glyph on the left.</source>
        <translation>左の一覧から外字を選んでください。</translation>
    </message>
</context>
<context>
    <name>kikan::client::GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>グループの新規登録</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>グループの編集</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>グループ名：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明：</translation>
    </message>
    <message>
        <source>The last column, View My Number, lets members see My Numbers in that area. Grant it only to staff whose work needs it.</source>
        <translation>右端の「個人番号の閲覧」は、その業務で個人番号を閲覧できる権限です。事務に必要な職員にだけ付与してください。</translation>
    </message>
</context>
<context>
    <name>kikan::client::GroupsPage</name>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>権限数</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>新規登録...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>編集...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>最新の情報に更新</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s).</source>
        <translation>
            <numerusform>%n件のグループ</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups and rights</source>
        <translation>グループと権限</translation>
    </message>
    <message>
        <source>Delete the group %1? Its members lose its rights.</source>
        <translation>グループ「%1」を削除しますか？ 所属する職員はこのグループの権限を失います。</translation>
    </message>
</context>
<context>
    <name>kikan::client::HouseholdChangeForm</name>
    <message>
        <source>household no.</source>
        <translation>世帯番号</translation>
    </message>
    <message>
        <source>Type the household number and press Enter to read it</source>
        <translation>世帯番号を入力して Enter で読み込みます</translation>
    </message>
    <message>
        <source>Household joined:</source>
        <translation>合併先の世帯:</translation>
    </message>
    <message>
        <source>Who forms the new household
(and new relationships):</source>
        <translation>新しい世帯に移る人
（と新しい続柄）:</translation>
    </message>
    <message>
        <source>Relationship to the joined
household&apos;s householder:</source>
        <translation>合併先の世帯主
との続柄:</translation>
    </message>
    <message>
        <source>New householder and
relationships:</source>
        <translation>新しい世帯主と
続柄:</translation>
    </message>
    <message>
        <source>Householder %1 (%2 members)</source>
        <translation>世帯主 %1（%2人）</translation>
    </message>
    <message>
        <source>Choose exactly one new householder (02).</source>
        <translation>新しい世帯主（02）を一人だけ選んでください。</translation>
    </message>
    <message>
        <source>Tick who forms the new household.</source>
        <translation>新しい世帯に移る人にチェックを付けてください。</translation>
    </message>
    <message>
        <source>Not every member can leave: that is a move, not a split.</source>
        <translation>世帯員全員を分離することはできません（転居として届け出てください）。</translation>
    </message>
    <message>
        <source>Type the number of the household joined and press Enter.</source>
        <translation>合併先の世帯番号を入力して Enter を押してください。</translation>
    </message>
    <message>
        <source>Choose every member&apos;s relationship to the householder they join.</source>
        <translation>合併先の世帯主との続柄を全員分選んでください。</translation>
    </message>
</context>
<context>
    <name>kikan::client::HouseholdMemberTable</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>続柄</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>住民状態</translation>
    </message>
    <message>
        <source>Party no.</source>
        <translation>宛名番号</translation>
    </message>
</context>
<context>
    <name>kikan::client::MainWindow</name>
    <message>
        <source>Kikan</source>
        <translation>基幹システム Kikan</translation>
    </message>
    <message>
        <source>Choose an area on the left.</source>
        <translation>左の一覧から業務を選んでください。</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>終了(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>設定(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Kikan</source>
        <translation>バージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>Business areas</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Common functions</source>
        <translation>共通機能</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Staff: %1 (%2)</source>
        <translation>職員：%1（%2）</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>サーバー：%1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新しい表示言語は次回の起動から使用されます。</translation>
    </message>
    <message>
        <source>Change &amp;password...</source>
        <translation>パスワードの変更(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Verify a certificate...</source>
        <translation>証明書の真正性確認(&amp;V)...</translation>
    </message>
    <message>
        <source>Print &amp;position adjustment...</source>
        <translation>印字位置調整(&amp;P)...</translation>
    </message>
    <message>
        <source>Test environment: not real residents&apos; data</source>
        <translation>テスト環境（訓練・検証用。実際の住民のデータではありません）</translation>
    </message>
    <message>
        <source>&amp;Mass printing...</source>
        <translation>一括印刷(&amp;M)...</translation>
    </message>
</context>
<context>
    <name>kikan::client::MassPrintDialog</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>印刷中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Mass printing</source>
        <translation>一括印刷</translation>
    </message>
    <message>
        <source>By town area, then address number</source>
        <translation>町字順（町字、宛名番号）</translation>
    </message>
    <message>
        <source>By postal code</source>
        <translation>郵便番号順</translation>
    </message>
    <message>
        <source>A4 sheets</source>
        <translation>A4 単票</translation>
    </message>
    <message>
        <source>Continuous forms</source>
        <translation>連帳</translation>
    </message>
    <message>
        <source>Spool files for our printer</source>
        <translation>庁内プリンタ用スプールファイル</translation>
    </message>
    <message>
        <source>Package for a printing bureau (BPO)</source>
        <translation>外部委託印刷（BPO）用パッケージ</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>帳票(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Fiscal year</source>
        <translation>年度(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>並び順(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>用紙(&amp;P)</translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation>出力(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel the run</source>
        <translation>中止(&amp;C)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>帳票</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進み具合</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Sa&amp;ve...</source>
        <translation>保存(&amp;V)...</translation>
    </message>
    <message>
        <source>File of the selected run</source>
        <translation>選んだ一括印刷のファイル</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Run %1: %2 — %3 of %4 documents, %5 pages in %6 files</source>
        <translation>一括印刷 %1: %2 — %4 件中 %3 件、%6 ファイル %5 ページ</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>ファイルの保存</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>Pages per spool fi&amp;le</source>
        <translation>1 ファイルのページ数(&amp;L)</translation>
    </message>
</context>
<context>
    <name>kikan::client::MemberChoice</name>
    <message>
        <source>(no change)</source>
        <translation>（変更なし）</translation>
    </message>
</context>
<context>
    <name>kikan::client::MopedCounterDialog</name>
    <message>
        <source>Moped registration and plate issue</source>
        <translation>原付・小型特殊の登録と標識交付</translation>
    </message>
    <message>
        <source>Plate re-issue after loss</source>
        <translation>標識の再交付 (亡失・き損)</translation>
    </message>
    <message>
        <source>Moped deregistration</source>
        <translation>原付・小型特殊の廃車</translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation>車両:</translation>
    </message>
    <message>
        <source>&amp;Effective date:</source>
        <translation>異動日(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Accept deregistration</source>
        <translation>廃車を受け付ける(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Issue plate</source>
        <translation>標識を交付(&amp;I)</translation>
    </message>
    <message>
        <source>Vehicle &amp;class:</source>
        <translation>車種区分(&amp;C):</translation>
    </message>
    <message>
        <source>Po&amp;wer:</source>
        <translation>燃料・動力(&amp;W):</translation>
    </message>
    <message>
        <source>C&amp;hassis number:</source>
        <translation>車台番号(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Owner (party number):</source>
        <translation>所有者 宛名番号(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;User (party number, if another):</source>
        <translation>使用者 宛名番号 所有者と異なる場合(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Storage place:</source>
        <translation>定置場(&amp;S):</translation>
    </message>
    <message>
        <source>No document was issued.</source>
        <translation>書類は発行されませんでした。</translation>
    </message>
    <message>
        <source>Deregistration accepted: receipt %1.</source>
        <translation>廃車を受け付けました。廃車申告受付書 発行番号 %1。</translation>
    </message>
    <message>
        <source>Plate %1 issued: certificate %2. Hand over the plate and the certificate.</source>
        <translation>標識 %1 を交付しました。標識交付証明書 発行番号 %2。標識と証明書をお渡しください。</translation>
    </message>
</context>
<context>
    <name>kikan::client::OcrBatchTab</name>
    <message>
        <source>Re&amp;load</source>
        <translation>再読込(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>試行(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>取込(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Batch folder:</source>
        <translation>バッチフォルダ(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Recognition file:</source>
        <translation>認識結果ファイル(&amp;R):</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Notice no.</source>
        <translation>通知書番号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Import OCR batch</source>
        <translation>OCRバッチの取込</translation>
    </message>
    <message>
        <source>Import batch %1 and apply its payments?</source>
        <translation>バッチ %1 を取り込み、収納を反映しますか？</translation>
    </message>
    <message>
        <source>Dry run (nothing applied): </source>
        <translation>試行（反映していません）: </translation>
    </message>
    <message>
        <source>This batch was already imported; nothing applied again: </source>
        <translation>このバッチは取込済みです。再度は反映していません: </translation>
    </message>
    <message>
        <source>%1 matched, %2 mismatched, %3 unmatched, total %4</source>
        <translation>消込済 %1件、不一致 %2件、未消込 %3件、合計 %4</translation>
    </message>
    <message>
        <source>The image is shown once the batch is imported.</source>
        <translation>画像はバッチを取り込んだ後に表示されます。</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>取込を中止(&amp;C)</translation>
    </message>
    <message>
        <source>%v / %m slips</source>
        <translation>%v / %m 枚</translation>
    </message>
    <message>
        <source>The import was cancelled while the slips were being read; nothing was applied.</source>
        <translation>納付書の読取り中に取込を中止しました。何も反映していません。</translation>
    </message>
</context>
<context>
    <name>kikan::client::PaymentStatusTab</name>
    <message>
        <source>Party number</source>
        <translation>宛名番号</translation>
    </message>
    <message>
        <source>&amp;Party number:</source>
        <translation>宛名番号(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税目</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>期別</translation>
    </message>
    <message>
        <source>Notice no.</source>
        <translation>通知書番号</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>納期限</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>調定額</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>収納額</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未納額</translation>
    </message>
    <message>
        <source>Late charge</source>
        <translation>延滞金</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>過誤納</translation>
    </message>
    <message>
        <source>Receipts of the selected assessment:</source>
        <translation>選んだ調定の収納:</translation>
    </message>
    <message>
        <source>%1 assessments: assessed %2, paid %3, outstanding %4, late charge %5, overpaid %6</source>
        <translation>調定 %1件: 調定額 %2、収納額 %3、未納額 %4、延滞金 %5、過誤納 %6</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 (applied %5, overpaid %6)</source>
        <translation>%1  %2  %3  %4（消込 %5、過誤納 %6）</translation>
    </message>
</context>
<context>
    <name>kikan::client::PcscCardReader</name>
    <message>
        <source>PC/SC サービスが動いていません。カードリーダーのサービスを確認してください。</source>
        <translation>PC/SC サービスが動いていません。カードリーダーのサービスを確認してください。</translation>
    </message>
    <message>
        <source>カードリーダーが見つかりません。接続を確認してください。</source>
        <translation>カードリーダーが見つかりません。接続を確認してください。</translation>
    </message>
    <message>
        <source>カードを読み取れませんでした。もう一度カードをかざしてください。</source>
        <translation>カードを読み取れませんでした。もう一度カードをかざしてください。</translation>
    </message>
    <message>
        <source>カードリーダーでエラーが発生しました（コード %1）。</source>
        <translation>カードリーダーでエラーが発生しました（コード %1）。</translation>
    </message>
</context>
<context>
    <name>kikan::client::PersonEditForm</name>
    <message>
        <source>Surname:</source>
        <translation>氏:</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>名:</translation>
    </message>
    <message>
        <source>Surname reading:</source>
        <translation>氏（フリガナ）:</translation>
    </message>
    <message>
        <source>Given name reading:</source>
        <translation>名（フリガナ）:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>生年月日:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>性別:</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>続柄:</translation>
    </message>
    <message>
        <source>Registered domicile:</source>
        <translation>本籍:</translation>
    </message>
    <message>
        <source>Head of family register:</source>
        <translation>筆頭者:</translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation>国籍・地域:</translation>
    </message>
    <message>
        <source>Residence status:</source>
        <translation>在留資格:</translation>
    </message>
    <message>
        <source>Period of stay:</source>
        <translation>在留期間:</translation>
    </message>
    <message>
        <source>Stay expires:</source>
        <translation>在留期間の満了日:</translation>
    </message>
    <message>
        <source>Residence card no.:</source>
        <translation>在留カード等の番号:</translation>
    </message>
    <message>
        <source>Art. 30-45 class:</source>
        <translation>法第30条の45の区分:</translation>
    </message>
    <message>
        <source>Entry to correct:</source>
        <translation>訂正する記録:</translation>
    </message>
    <message>
        <source>Town area:</source>
        <translation>町字:</translation>
    </message>
    <message>
        <source>Lot number:</source>
        <translation>番地・号:</translation>
    </message>
    <message>
        <source>e.g. misread the notification (届書の誤読)</source>
        <translation>例 届書の誤読</translation>
    </message>
    <message>
        <source>e.g. 5070601 or R7.6.1</source>
        <translation>例 5070601、R7.6.1</translation>
    </message>
    <message>
        <source>No. %1  %2 %3  %4</source>
        <translation>履歴%1&#x3000;%2 %3&#x3000;%4</translation>
    </message>
    <message>
        <source>Enter the reading in katakana or hiragana.</source>
        <translation>フリガナはカタカナかひらがなで入力してください。</translation>
    </message>
    <message>
        <source>Enter this item.</source>
        <translation>入力してください。</translation>
    </message>
    <message>
        <source>Nothing is changed: change the items to correct.</source>
        <translation>変更された項目がありません。修正する項目を直してください。</translation>
    </message>
    <message>
        <source>Date of change:</source>
        <translation>異動日:</translation>
    </message>
    <message>
        <source>Reason (ex officio):</source>
        <translation>職権の理由:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>対象者:</translation>
    </message>
</context>
<context>
    <name>kikan::client::PersonEndForm</name>
    <message>
        <source>Person:</source>
        <translation>対象者:</translation>
    </message>
    <message>
        <source>Date of death:</source>
        <translation>死亡日:</translation>
    </message>
    <message>
        <source>Date of removal:</source>
        <translation>消除日:</translation>
    </message>
    <message>
        <source>Notified by:</source>
        <translation>届出人:</translation>
    </message>
    <message>
        <source>e.g. the wife, 髙橋 花子</source>
        <translation>例 妻&#x3000;髙橋&#x3000;花子</translation>
    </message>
    <message>
        <source>Others&apos; new relationship:</source>
        <translation>他の世帯員の新しい続柄:</translation>
    </message>
    <message>
        <source>The householder leaves: choose the new householder (02) among the others.</source>
        <translation>世帯主が除かれます。他の世帯員から新しい世帯主（02）を選んでください。</translation>
    </message>
</context>
<context>
    <name>kikan::client::PrintOffsetDialog</name>
    <message>
        <source>Print position adjustment</source>
        <translation>印字位置調整</translation>
    </message>
    <message>
        <source>Counter 1</source>
        <translation>窓口1</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Counter (certificates)</source>
        <translation>窓口プリンタ（証明書）</translation>
    </message>
    <message>
        <source>Sheet (notices)</source>
        <translation>単票プリンタ（通知書）</translation>
    </message>
    <message>
        <source>Continuous form</source>
        <translation>連帳プリンタ</translation>
    </message>
    <message>
        <source>Print on both sides</source>
        <translation>両面印刷</translation>
    </message>
    <message>
        <source> in</source>
        <translation> インチ</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>プリンタ設定：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>氏名：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種別：</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>プリンタ：</translation>
    </message>
    <message>
        <source>Tray:</source>
        <translation>給紙トレイ：</translation>
    </message>
    <message>
        <source>Fanfold width:</source>
        <translation>連帳用紙の幅：</translation>
    </message>
    <message>
        <source>Fanfold length:</source>
        <translation>連帳用紙の長さ：</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>帳票：</translation>
    </message>
    <message>
        <source>Right (+) / left (-):</source>
        <translation>右（＋）／左（－）：</translation>
    </message>
    <message>
        <source>Down (+) / up (-):</source>
        <translation>下（＋）／上（－）：</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>拡大縮小：</translation>
    </message>
    <message>
        <source>Print the test page on the form&apos;s paper, measure how far the red frames lie from the printed ones, and enter that distance.</source>
        <translation>帳票の用紙にテストページを印刷し、赤い枠が印刷済みの枠からどれだけずれているかを測って、その距離を入力してください。</translation>
    </message>
    <message>
        <source>Print &amp;test page...</source>
        <translation>テストページを印刷(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>エクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>インポート(&amp;I)...</translation>
    </message>
    <message>
        <source>Choose a form.</source>
        <translation>帳票を選んでください。</translation>
    </message>
    <message>
        <source>The test page was sent to the printer.</source>
        <translation>テストページをプリンタに送りました。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Printer %1</source>
        <translation>プリンタ%1</translation>
    </message>
    <message>
        <source>Export printer profiles</source>
        <translation>プリンタ設定のエクスポート</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>ファイルに書き込めませんでした：%1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Import printer profiles</source>
        <translation>プリンタ設定のインポート</translation>
    </message>
    <message>
        <source>The file holds no profile.</source>
        <translation>ファイルにプリンタ設定がありません。</translation>
    </message>
    <message>
        <source>Imported %1 profile(s); save to keep them.</source>
        <translation>%1 件のプリンタ設定を読み込みました。残すには保存してください。</translation>
    </message>
</context>
<context>
    <name>kikan::client::ProfilePrinting</name>
    <message>
        <source>The printer &quot;%1&quot; of the profile &quot;%2&quot; is not installed on this terminal. Nothing was printed.</source>
        <translation>プリンタ設定「%2」のプリンタ「%1」はこの端末にありません。印刷していません。</translation>
    </message>
    <message>
        <source>The printer could not start printing.</source>
        <translation>プリンタが印刷を開始できませんでした。</translation>
    </message>
</context>
<context>
    <name>kikan::client::ReceiptQueueTab</name>
    <message>
        <source>Re&amp;load queue</source>
        <translation>一覧を再読込(&amp;L)</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>収納番号</translation>
    </message>
    <message>
        <source>&amp;Open receipt</source>
        <translation>収納を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>収納番号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>収納経路</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>収納日</translation>
    </message>
    <message>
        <source>Notice no.</source>
        <translation>通知書番号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Notice no. to match:</source>
        <translation>消込先の通知書番号(&amp;N):</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>理由(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Match by hand</source>
        <translation>手動で消込(&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;verse match</source>
        <translation>消込を取り消す(&amp;V)</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>履歴:</translation>
    </message>
    <message>
        <source>Receipt %1: %2, %3, notice no. %4, %5</source>
        <translation>収納 %1: %2、%3、通知書番号 %4、%5</translation>
    </message>
    <message>
        <source>%1  %2 → %3  by %4: %5</source>
        <translation>%1  %2 → %3  %4: %5</translation>
    </message>
    <message>
        <source>Choose a receipt first.</source>
        <translation>先に収納を選んでください。</translation>
    </message>
</context>
<context>
    <name>kikan::client::ReductionDialog</name>
    <message>
        <source>Tax reduction: application and decision</source>
        <translation>減免の申請と決定</translation>
    </message>
    <message>
        <source>Tax reduction: withdrawal</source>
        <translation>減免の取消</translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation>車両:</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>年度(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>Full exemption</source>
        <translation>全額免除</translation>
    </message>
    <message>
        <source>A share of the tax</source>
        <translation>税額の割合</translation>
    </message>
    <message>
        <source>An amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>減免の方法(&amp;H):</translation>
    </message>
    <message>
        <source>e.g. 0.5 or 50%</source>
        <translation>例: 0.5 または 50%</translation>
    </message>
    <message>
        <source>A&amp;mount (yen):</source>
        <translation>金額 円(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation>申請日(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>決定日(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備考(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>減免決定(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>取消日(&amp;W):</translation>
    </message>
    <message>
        <source>Fiscal year %1: %2 (decided %3)</source>
        <translation>%1 年度: %2 (決定日 %3)</translation>
    </message>
    <message>
        <source>This vehicle has no reduction in force.</source>
        <translation>この車両に有効な減免はありません。</translation>
    </message>
    <message>
        <source>Reduction %1 recorded. It applies at the next annual assessment (a re-run corrects an assessed year).</source>
        <translation>減免 (番号 %1) を記録しました。次の当初課税で反映されます (課税済みの年度は再実行で更正されます)。</translation>
    </message>
    <message>
        <source>Withdrawal recorded; fiscal year %1 was corrected to the tax without the reduction.</source>
        <translation>減免の取消を記録し、%1 年度を減免なしの税額に更正しました。</translation>
    </message>
    <message>
        <source>Withdrawal recorded; the year has not been assessed yet.</source>
        <translation>減免の取消を記録しました。この年度はまだ課税されていません。</translation>
    </message>
    <message>
        <source>&amp;Share:</source>
        <translation>割合(&amp;S):</translation>
    </message>
</context>
<context>
    <name>kikan::client::ResidentFormat</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>住民</translation>
    </message>
    <message>
        <source>Moved out (removed record)</source>
        <translation>転出（除票）</translation>
    </message>
    <message>
        <source>Deceased (removed record)</source>
        <translation>死亡（除票）</translation>
    </message>
    <message>
        <source>Struck off (removed record)</source>
        <translation>職権消除（除票）</translation>
    </message>
    <message>
        <source>Japanese national</source>
        <translation>日本人</translation>
    </message>
    <message>
        <source>Foreign resident</source>
        <translation>外国人住民</translation>
    </message>
</context>
<context>
    <name>kikan::client::ResidentHistoryTable</name>
    <message>
        <source>No.</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>異動</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>異動日</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>届出日</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>続柄</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>住民状態</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>訂正済</translation>
    </message>
</context>
<context>
    <name>kikan::client::ResidentInquiryWidget</name>
    <message>
        <source>&amp;Back to search</source>
        <translation>検索に戻る(&amp;B)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>処理日</translation>
    </message>
    <message>
        <source>View the record as it was on this date (e.g. 5060401, R6.4.1)</source>
        <translation>この日の時点の住民票を表示します（例 5060401、R6.4.1）</translation>
    </message>
    <message>
        <source>&amp;Move within town...</source>
        <translation>転居(&amp;M)...</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>基準日:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>異動履歴</translation>
    </message>
    <message>
        <source>As of: %1</source>
        <translation>基準日: %1</translation>
    </message>
    <message>
        <source>Resident record</source>
        <translation>住民票の照会</translation>
    </message>
    <message>
        <source>shown as of %1</source>
        <translation>%1 現在</translation>
    </message>
    <message>
        <source>Support measure (DV etc.) in force: do not disclose this person&apos;s address; certificates only as the measure allows.</source>
        <translation>支援措置（DV等）の対象者です。住所等を開示しないでください。証明書は措置の範囲でのみ交付できます。</translation>
    </message>
    <message>
        <source>Removed record: %1.</source>
        <translation>除票です: %1。</translation>
    </message>
    <message>
        <source>A move-out is planned.</source>
        <translation>転出予定です。</translation>
    </message>
    <message>
        <source>Not on the register on that date: the latest state is shown.</source>
        <translation>基準日には記録がありません。最新の状態を表示しています。</translation>
    </message>
    <message>
        <source>Foreign resident</source>
        <translation>外国人住民</translation>
    </message>
    <message>
        <source>Household %1 (%2 members)</source>
        <translation>世帯 %1（%2人）</translation>
    </message>
    <message>
        <source> - %1 not shown (support measure)</source>
        <translation> ― うち %1人は支援措置のため表示しません</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>異動(&amp;H)</translation>
    </message>
    <message>
        <source>Every change of this person or household, with its shortcut</source>
        <translation>この人・世帯の異動（ショートカットキー付き）</translation>
    </message>
    <message>
        <source>Move-&amp;out...</source>
        <translation>転出(&amp;O)...</translation>
    </message>
    <message>
        <source>Cancel the move-o&amp;ut...</source>
        <translation>転出取消(&amp;U)...</translation>
    </message>
    <message>
        <source>&amp;Birth into this household...</source>
        <translation>この世帯への出生(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Death...</source>
        <translation>死亡(&amp;D)...</translation>
    </message>
    <message>
        <source>Change of &amp;householder...</source>
        <translation>世帯主変更(&amp;H)...</translation>
    </message>
    <message>
        <source>Household &amp;split...</source>
        <translation>世帯分離(&amp;S)...</translation>
    </message>
    <message>
        <source>Household mer&amp;ger...</source>
        <translation>世帯合併(&amp;G)...</translation>
    </message>
    <message>
        <source>Correction &amp;ex officio...</source>
        <translation>職権修正(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Removal ex officio...</source>
        <translation>職権消除(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Foreign resident items...</source>
        <translation>外国人住民の記載事項(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Certificate...</source>
        <translation>証明書発行(&amp;C)...</translation>
    </message>
    <message>
        <source>Issue a copy of the resident record or another certificate (Ctrl+P)</source>
        <translation>住民票の写しなどの証明書を発行します（Ctrl+P）</translation>
    </message>
    <message>
        <source>Correct an entry (&amp;K)...</source>
        <translation>訂正(&amp;K)...</translation>
    </message>
</context>
<context>
    <name>kikan::client::ResidentPage</name>
    <message>
        <source>%1 registered.</source>
        <translation>%1を登録しました。</translation>
    </message>
    <message>
        <source> Notification no. %1.</source>
        <translation>届出番号 %1。</translation>
    </message>
</context>
<context>
    <name>kikan::client::ResidentPersonPanel</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>続柄</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>住民種別</translation>
    </message>
    <message>
        <source>Party no.</source>
        <translation>宛名番号</translation>
    </message>
    <message>
        <source>Household no.</source>
        <translation>世帯番号</translation>
    </message>
    <message>
        <source>Record code</source>
        <translation>住民票コード</translation>
    </message>
    <message>
        <source>My Number</source>
        <translation>個人番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>方書</translation>
    </message>
    <message>
        <source>Householder</source>
        <translation>世帯主</translation>
    </message>
    <message>
        <source>Resident since</source>
        <translation>住民となった日</translation>
    </message>
    <message>
        <source>At address since</source>
        <translation>住定日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>住民状態</translation>
    </message>
    <message>
        <source>History no.</source>
        <translation>個人履歴番号</translation>
    </message>
    <message>
        <source>Previous address</source>
        <translation>転入前住所</translation>
    </message>
    <message>
        <source>Moved out to</source>
        <translation>転出先住所</translation>
    </message>
    <message>
        <source>Registered domicile</source>
        <translation>本籍</translation>
    </message>
    <message>
        <source>Head of family register</source>
        <translation>筆頭者</translation>
    </message>
    <message>
        <source>Former surname</source>
        <translation>旧氏</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍等</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>在留資格</translation>
    </message>
    <message>
        <source>Period of stay</source>
        <translation>在留期間</translation>
    </message>
    <message>
        <source>Stay expires</source>
        <translation>在留期間満了日</translation>
    </message>
    <message>
        <source>Residence card no.</source>
        <translation>在留カード等番号</translation>
    </message>
    <message>
        <source>Art. 30-45 class</source>
        <translation>30条45区分</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>通称</translation>
    </message>
    <message>
        <source>Name (Roman)</source>
        <translation>ローマ字氏名</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
</context>
<context>
    <name>kikan::client::ResidentSearchWidget</name>
    <message>
        <source>Name, reading, birth date (e.g. 4020115), number or address</source>
        <translation>氏名・フリガナ・生年月日（例 4020115）・番号・住所</translation>
    </message>
    <message>
        <source>Include &amp;removed records</source>
        <translation>除票を含める(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>Move &amp;in...</source>
        <translation>転入(&amp;I)...</translation>
    </message>
    <message>
        <source>Enter a move-in (転入) from another municipality</source>
        <translation>他の市区町村からの転入を入力します</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>続柄</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>住民状態</translation>
    </message>
    <message>
        <source>Party no.</source>
        <translation>宛名番号</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>前へ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <source>Type a name, a reading, a birth date or a number.</source>
        <translation>氏名、フリガナ、生年月日または番号を入力してください。</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>検索しています...</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>類似</translation>
    </message>
    <message>
        <source>Found by a looser spelling of the name</source>
        <translation>異体字等を同一視した検索で見つかりました</translation>
    </message>
    <message>
        <source>No one found.</source>
        <translation>該当する住民はいません。</translation>
    </message>
    <message>
        <source>%1-%2 of %3</source>
        <translation>%3件中 %1〜%2件</translation>
    </message>
    <message>
        <source>Former surname</source>
        <translation>旧氏で一致</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>通称で一致</translation>
    </message>
    <message>
        <source>%1 (similar)</source>
        <translation>%1（類似）</translation>
    </message>
    <message>
        <source>%1-%2 of more than %3: narrow the search</source>
        <translation>%3件以上のうち %1〜%2件（条件を絞ってください）</translation>
    </message>
</context>
<context>
    <name>kikan::client::RevenuePage</name>
    <message>
        <source>Treasury</source>
        <translation>収納管理</translation>
    </message>
    <message>
        <source>OCR batch</source>
        <translation>OCRバッチ取込</translation>
    </message>
    <message>
        <source>Unmatched queue</source>
        <translation>未消込一覧</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>納付状況</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>口座振替</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>収納日計表</translation>
    </message>
</context>
<context>
    <name>kikan::client::RollPage</name>
    <message>
        <source>Electoral roll</source>
        <translation>選挙人名簿</translation>
    </message>
    <message>
        <source>&amp;1 Electors</source>
        <translation>&amp;1 照会</translation>
    </message>
    <message>
        <source>&amp;2 Registration</source>
        <translation>&amp;2 登録</translation>
    </message>
    <message>
        <source>&amp;3 Polling districts</source>
        <translation>&amp;3 投票区</translation>
    </message>
    <message>
        <source>&amp;4 Extract and inspection</source>
        <translation>&amp;4 抄本・閲覧</translation>
    </message>
</context>
<context>
    <name>kikan::client::RollRunPanel</name>
    <message>
        <source>Periodic registration (March, June, September, December)</source>
        <translation>定時登録（3・6・9・12月）</translation>
    </message>
    <message>
        <source>Registration for an election</source>
        <translation>選挙時登録</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種別(&amp;K):</translation>
    </message>
    <message>
        <source>Registration &amp;date:</source>
        <translation>登録日(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Base date (election):</source>
        <translation>基準日・選挙時(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>選挙(&amp;E):</translation>
    </message>
    <message>
        <source>D&amp;ry run</source>
        <translation>試行(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;gister the listed electors</source>
        <translation>一覧の選挙人を登録(&amp;G)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>抹消</translation>
    </message>
    <message>
        <source>Dry run for base date %1: %2 to add, %3 to remove. Nothing written yet.</source>
        <translation>基準日 %1 の試行：登録 %2 人、抹消 %3 人。まだ書き込んでいません。</translation>
    </message>
    <message>
        <source>Registered on %1: %2 added, %3 removed.</source>
        <translation>%1 付けで登録しました：登録 %2 人、抹消 %3 人。</translation>
    </message>
</context>
<context>
    <name>kikan::client::SealCertificateDialog</name>
    <message>
        <source>Seal registration certificate</source>
        <translation>印鑑登録証明書</translation>
    </message>
    <message>
        <source>Number on the seal registration card</source>
        <translation>印鑑登録証の番号</translation>
    </message>
    <message>
        <source>&amp;Card number:</source>
        <translation>印鑑登録証番号(&amp;C):</translation>
    </message>
    <message>
        <source>The person in person</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>An agent with the card</source>
        <translation>代理人（印鑑登録証持参）</translation>
    </message>
    <message>
        <source>&amp;Requested by:</source>
        <translation>請求者(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Agent&apos;s name:</source>
        <translation>代理人氏名(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>発行(&amp;I)</translation>
    </message>
    <message>
        <source>Issued: serial %1. Hand it out and keep the card with the person.</source>
        <translation>発行しました（発行番号 %1）。証明書と印鑑登録証をお返しください。</translation>
    </message>
    <message>
        <source>The certificate cannot be shown.</source>
        <translation>証明書を表示できません。</translation>
    </message>
</context>
<context>
    <name>kikan::client::SealPage</name>
    <message>
        <source>Seal registration</source>
        <translation>印鑑登録</translation>
    </message>
    <message>
        <source>Party number</source>
        <translation>宛名番号</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New registration...</source>
        <translation>新規登録(&amp;N)...</translation>
    </message>
    <message>
        <source>Issue &amp;certificate...</source>
        <translation>証明書発行(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;End on application</source>
        <translation>廃止（申請）(&amp;E)</translation>
    </message>
    <message>
        <source>Party number:</source>
        <translation>宛名番号:</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登録日</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>登録証番号</translation>
    </message>
    <message>
        <source>Size (mm)</source>
        <translation>大きさ (mm)</translation>
    </message>
    <message>
        <source>Impression text</source>
        <translation>印影の文字</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>履歴:</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録中</translation>
    </message>
    <message>
        <source>Awaiting the answer</source>
        <translation>照会中（回答待ち）</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>廃止</translation>
    </message>
    <message>
        <source>Inquiry letter sent</source>
        <translation>照会書送付</translation>
    </message>
    <message>
        <source>Answer received</source>
        <translation>回答書受理</translation>
    </message>
    <message>
        <source>Card issued</source>
        <translation>登録証交付</translation>
    </message>
    <message>
        <source>Card lost</source>
        <translation>登録証亡失</translation>
    </message>
    <message>
        <source>Photo ID</source>
        <translation>写真付き証明書</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>保証人</translation>
    </message>
    <message>
        <source>Inquiry letter</source>
        <translation>照会書</translation>
    </message>
    <message>
        <source>On application</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>転出</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Struck off</source>
        <translation>職権消除</translation>
    </message>
    <message>
        <source>Name no longer shown</source>
        <translation>氏名変更（印影と不一致）</translation>
    </message>
    <message>
        <source>No answer by the date</source>
        <translation>回答期限切れ</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Identified by: %1
Ends on: %2 %3</source>
        <translation>本人確認: %1
廃止日: %2 %3</translation>
    </message>
    <message>
        <source>End registration</source>
        <translation>印鑑登録の廃止</translation>
    </message>
    <message>
        <source>End registration %1 on the person&apos;s application?</source>
        <translation>登録番号 %1 の印鑑登録を、申請により廃止しますか？</translation>
    </message>
    <message>
        <source>Re-&amp;issue card</source>
        <translation>登録証の再交付(&amp;I)</translation>
    </message>
    <message>
        <source>Card &amp;lost</source>
        <translation>登録証の亡失(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Awaiting answers...</source>
        <translation>回答待ちの照会書(&amp;A)...</translation>
    </message>
    <message>
        <source>End registration %1 because card %2 was lost?</source>
        <translation>印鑑登録証 %2 番の亡失により、登録 %1 を廃止しますか？</translation>
    </message>
    <message>
        <source>Re-issue card</source>
        <translation>印鑑登録証の再交付</translation>
    </message>
    <message>
        <source>Issue a new card for registration %1? Card %2 can no longer be used.</source>
        <translation>登録 %1 の印鑑登録証を再交付しますか？ 登録証 %2 番は使えなくなります。</translation>
    </message>
</context>
<context>
    <name>kikan::client::SealPendingDialog</name>
    <message>
        <source>Inquiry letters awaiting an answer</source>
        <translation>回答待ちの照会書</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>Party number</source>
        <translation>宛名番号</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申請日</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>回答期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Impression text</source>
        <translation>印影の文字</translation>
    </message>
    <message>
        <source>&amp;Answer received</source>
        <translation>回答書を受理(&amp;A)</translation>
    </message>
    <message>
        <source>Save the &amp;letter...</source>
        <translation>照会書を保存(&amp;L)...</translation>
    </message>
    <message>
        <source>Expired: apply again</source>
        <translation>期限切れ（再申請）</translation>
    </message>
    <message>
        <source>Awaiting the answer</source>
        <translation>回答待ち</translation>
    </message>
    <message>
        <source>Registered. Hand over seal registration card %1.</source>
        <translation>登録しました。印鑑登録証 %1 番を交付してください。</translation>
    </message>
    <message>
        <source>Save the inquiry letter</source>
        <translation>照会書の保存</translation>
    </message>
</context>
<context>
    <name>kikan::client::SealRegisterDialog</name>
    <message>
        <source>Seal registration</source>
        <translation>印鑑登録</translation>
    </message>
    <message>
        <source>Party number:</source>
        <translation>宛名番号:</translation>
    </message>
    <message>
        <source>Photo ID issued by a public office (same day)</source>
        <translation>官公署発行の写真付き証明書（即日）</translation>
    </message>
    <message>
        <source>Guarantor registered in the town (same day)</source>
        <translation>町内の印鑑登録者による保証（即日）</translation>
    </message>
    <message>
        <source>Inquiry letter to the address</source>
        <translation>照会書による確認（郵送）</translation>
    </message>
    <message>
        <source>&amp;Identified by:</source>
        <translation>本人確認(&amp;I):</translation>
    </message>
    <message>
        <source>e.g. driving licence, My Number card</source>
        <translation>例: 運転免許証、個人番号カード</translation>
    </message>
    <message>
        <source>&amp;Document shown:</source>
        <translation>確認書類(&amp;D):</translation>
    </message>
    <message>
        <source>The guarantor&apos;s seal card number</source>
        <translation>保証人の印鑑登録証番号</translation>
    </message>
    <message>
        <source>&amp;Guarantor&apos;s card:</source>
        <translation>保証人の登録証(&amp;G):</translation>
    </message>
    <message>
        <source>As the impression reads, e.g. the full name</source>
        <translation>印影の文字（例: 氏名）</translation>
    </message>
    <message>
        <source>Impression &amp;text:</source>
        <translation>印影の文字(&amp;T):</translation>
    </message>
    <message>
        <source>Rubber or other deformable material</source>
        <translation>ゴム印など変形しやすい材質</translation>
    </message>
    <message>
        <source>Worn, chipped or unclear</source>
        <translation>摩滅・欠損・不鮮明</translation>
    </message>
    <message>
        <source>Inspection:</source>
        <translation>印鑑の確認:</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>ファイルの値</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Load scanned image...</source>
        <translation>読取画像を開く(&amp;L)...</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>解像度:</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>読取画像:</translation>
    </message>
    <message>
        <source>No impression measured yet.</source>
        <translation>印影はまだ測定していません。</translation>
    </message>
    <message>
        <source>Scanned seal impression</source>
        <translation>読み取った印影</translation>
    </message>
    <message>
        <source>Images (*.png *.tif *.tiff)</source>
        <translation>画像 (*.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Width %1 mm × height %2 mm (scanned at %3 dpi; shown ×%4)</source>
        <translation>幅 %1 mm × 高さ %2 mm（%3 dpi で読取、表示は %4 倍）</translation>
    </message>
    <message>
        <source>Within the size rule (over 8 mm, within 25 mm).</source>
        <translation>大きさは基準内です（8 mm 超、25 mm 以内）。</translation>
    </message>
    <message>
        <source>Load the scanned impression first.</source>
        <translation>先に印影の読取画像を開いてください。</translation>
    </message>
</context>
<context>
    <name>kikan::client::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語 (English)</translation>
    </message>
    <message>
        <source>Only servers whose certificate is signed by this CA are trusted. A change of language takes effect at the next start.</source>
        <translation>このCAが署名した証明書を持つサーバーにだけ接続します。表示言語の変更は次回の起動から有効になります。</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>サーバーURL：</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA証明書：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>表示言語：</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA証明書</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>証明書 (*.crt *.pem *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The server URL must start with https:// and name the server.</source>
        <translation>サーバーURLは https:// で始まり、サーバー名を含む必要があります。</translation>
    </message>
    <message>
        <source>The CA certificate file does not exist: %1</source>
        <translation>CA証明書ファイルが見つかりません：%1</translation>
    </message>
</context>
<context>
    <name>kikan::client::SignInDialog</name>
    <message>
        <source>Kikan - Sign in</source>
        <translation>Kikan - サインイン</translation>
    </message>
    <message>
        <source>Sign in to Kikan with your staff ID card.</source>
        <translation>職員証で Kikan にサインインします。</translation>
    </message>
    <message>
        <source>Staff ID card</source>
        <translation>職員証（ICカード）</translation>
    </message>
    <message>
        <source>ID and password</source>
        <translation>職員IDとパスワード</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>設定...</translation>
    </message>
    <message>
        <source>Hold your staff ID card over the card reader.</source>
        <translation>職員証をカードリーダーにかざしてください。</translation>
    </message>
    <message>
        <source>No card has been read yet.</source>
        <translation>まだカードを読み取っていません。</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN：</translation>
    </message>
    <message>
        <source>Staff ID:</source>
        <translation>職員ID：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード：</translation>
    </message>
    <message>
        <source>Kikan - Sign in again</source>
        <translation>Kikan - 再サインイン</translation>
    </message>
    <message>
        <source>%1
Sign in again as %2 (%3) to continue. The screen you were working on stays as it was.</source>
        <translation>%1
続けるには %2（%3）として再度サインインしてください。作業中の画面はそのまま残ります。</translation>
    </message>
    <message>
        <source>The card has been read. Enter your PIN.</source>
        <translation>職員証を読み取りました。PINを入力してください。</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>PINを入力してください。</translation>
    </message>
    <message>
        <source>Enter your staff ID and password.</source>
        <translation>職員IDとパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Sign-in was not completed: the temporary password must be changed first.</source>
        <translation>サインインは完了していません。先に仮のパスワードを変更してください。</translation>
    </message>
</context>
<context>
    <name>kikan::client::TaxCertificateDialog</name>
    <message>
        <source>Light vehicle tax certificate (for vehicle inspection)</source>
        <translation>軽自動車税納税証明書 (継続検査用)</translation>
    </message>
    <message>
        <source>No vehicle selected</source>
        <translation>車両が選ばれていません</translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation>車両:</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>発行(&amp;I)</translation>
    </message>
    <message>
        <source>No certificate was issued.</source>
        <translation>証明書は発行されませんでした。</translation>
    </message>
    <message>
        <source>Issued: serial %1. Free of charge.</source>
        <translation>発行しました: 発行番号 %1。手数料は無料です。</translation>
    </message>
</context>
<context>
    <name>kikan::client::UserDialog</name>
    <message>
        <source>New staff user</source>
        <translation>職員の新規登録</translation>
    </message>
    <message>
        <source>Edit staff user</source>
        <translation>職員の編集</translation>
    </message>
    <message>
        <source>Staff ID:</source>
        <translation>職員ID：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>氏名：</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>初期パスワード：</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>グループ：</translation>
    </message>
</context>
<context>
    <name>kikan::client::UsersPage</name>
    <message>
        <source>Staff ID</source>
        <translation>職員ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>職員証</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最終サインイン</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>新規登録...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>編集...</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>利用停止</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Reset password...</source>
        <translation>パスワード再設定...</translation>
    </message>
    <message>
        <source>Register card...</source>
        <translation>職員証の登録...</translation>
    </message>
    <message>
        <source>Revoke card...</source>
        <translation>職員証の取消...</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>最新の情報に更新</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>利用停止中</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>利用中</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n staff user(s).</source>
        <translation>
            <numerusform>%n人の職員</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>利用再開</translation>
    </message>
    <message>
        <source>Allow %1 to sign in again?</source>
        <translation>%1 さんの利用を再開しますか？</translation>
    </message>
    <message>
        <source>Stop %1 from signing in?</source>
        <translation>%1 さんの利用を停止しますか？</translation>
    </message>
    <message>
        <source>Staff users</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Enabled.</source>
        <translation>利用を再開しました。</translation>
    </message>
    <message>
        <source>Disabled.</source>
        <translation>利用を停止しました。</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>ロックを解除しました。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>パスワードの再設定</translation>
    </message>
    <message>
        <source>New password for %1 (they must change it at the next sign-in):</source>
        <translation>%1 さんの新しいパスワード（次回サインイン時に変更が必要になります）：</translation>
    </message>
    <message>
        <source>The password has been reset.</source>
        <translation>パスワードを再設定しました。</translation>
    </message>
    <message>
        <source>The card has been registered.</source>
        <translation>職員証を登録しました。</translation>
    </message>
    <message>
        <source>Revoke card</source>
        <translation>職員証の取消</translation>
    </message>
    <message>
        <source>Card to revoke:</source>
        <translation>取り消す職員証：</translation>
    </message>
    <message>
        <source>The card has been revoked.</source>
        <translation>職員証を取り消しました。</translation>
    </message>
</context>
<context>
    <name>kikan::client::VehicleEntryDialog</name>
    <message>
        <source>Register a vehicle</source>
        <translation>車両の登録</translation>
    </message>
    <message>
        <source>Change of owner</source>
        <translation>名義変更</translation>
    </message>
    <message>
        <source>Deregister a vehicle</source>
        <translation>廃車</translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation>車両:</translation>
    </message>
    <message>
        <source>&amp;Effective date:</source>
        <translation>異動日(&amp;E):</translation>
    </message>
    <message>
        <source>New &amp;owner (party number):</source>
        <translation>新しい所有者 宛名番号(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;User (party number, if another):</source>
        <translation>使用者 宛名番号 所有者と異なる場合(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Plate number:</source>
        <translation>標識番号(&amp;P):</translation>
    </message>
    <message>
        <source>Vehicle &amp;class:</source>
        <translation>車種区分(&amp;C):</translation>
    </message>
    <message>
        <source>Us&amp;e:</source>
        <translation>用途(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>乗用/貨物(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;First inspection:</source>
        <translation>初度検査年月(&amp;F):</translation>
    </message>
    <message>
        <source>2018-06, or the year only</source>
        <translation>2018-06、または年のみ</translation>
    </message>
    <message>
        <source>Po&amp;wer:</source>
        <translation>燃料・動力(&amp;W):</translation>
    </message>
    <message>
        <source>First registered as a &amp;new vehicle</source>
        <translation>新車として新規登録(&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;hassis number:</source>
        <translation>車台番号(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Owner (party number):</source>
        <translation>所有者 宛名番号(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Storage place:</source>
        <translation>定置場(&amp;S):</translation>
    </message>
</context>
<context>
    <name>kikan::client::VehicleInquiry</name>
    <message>
        <source>No.</source>
        <translation>履歴番号</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>異動</translation>
    </message>
    <message>
        <source>From</source>
        <translation>始期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>終期</translation>
    </message>
    <message>
        <source>Plate number</source>
        <translation>標識番号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Storage place</source>
        <translation>定置場</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Taxpayer</source>
        <translation>納税義務者</translation>
    </message>
    <message>
        <source>Rate class</source>
        <translation>車種区分</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>税率区分</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税額</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>減免額</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>調定額</translation>
    </message>
    <message>
        <source>Notice number</source>
        <translation>通知書番号</translation>
    </message>
    <message>
        <source>&amp;Tax by fiscal year</source>
        <translation>年度別課税(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>異動履歴(&amp;H)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Vehicle class</source>
        <translation>車種区分</translation>
    </message>
    <message>
        <source>First inspection</source>
        <translation>初度検査年月</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>燃料・動力</translation>
    </message>
    <message>
        <source>Chassis number</source>
        <translation>車台番号</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>適用開始日</translation>
    </message>
    <message>
        <source>FY %1</source>
        <translation>%1 年度</translation>
    </message>
</context>
<context>
    <name>kikan::client::VehiclePage</name>
    <message>
        <source>Light vehicle tax</source>
        <translation>軽自動車税 (種別割)</translation>
    </message>
    <message>
        <source>Plate number, owner&apos;s name or party number</source>
        <translation>標識番号、所有者の氏名・名称、または宛名番号</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>検索:</translation>
    </message>
    <message>
        <source>&amp;Register...</source>
        <translation>登録(&amp;R)...</translation>
    </message>
    <message>
        <source>Change of &amp;owner...</source>
        <translation>名義変更(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Deregister...</source>
        <translation>廃車(&amp;D)...</translation>
    </message>
    <message>
        <source>Tax &amp;certificate...</source>
        <translation>納税証明書(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Annual assessment...</source>
        <translation>当初課税(&amp;A)...</translation>
    </message>
    <message>
        <source>Plate number</source>
        <translation>標識番号</translation>
    </message>
    <message>
        <source>Vehicle class</source>
        <translation>車種区分</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Storage place</source>
        <translation>定置場</translation>
    </message>
    <message>
        <source>First inspection</source>
        <translation>初度検査年月</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>No vehicle found.</source>
        <translation>該当する車両はありません。</translation>
    </message>
    <message>
        <source>Select a vehicle first.</source>
        <translation>先に車両を選んでください。</translation>
    </message>
    <message>
        <source>Town-registered vehicles:</source>
        <translation>原付・小型特殊:</translation>
    </message>
    <message>
        <source>&amp;Moped registration...</source>
        <translation>原付登録(&amp;M)...</translation>
    </message>
    <message>
        <source>Re-issue &amp;plate...</source>
        <translation>標識再交付(&amp;P)...</translation>
    </message>
    <message>
        <source>Moped deregistration (&amp;X)...</source>
        <translation>原付廃車(&amp;X)...</translation>
    </message>
    <message>
        <source>Reduc&amp;tion...</source>
        <translation>減免(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;Withdraw reduction...</source>
        <translation>減免の取消(&amp;W)...</translation>
    </message>
</context>
<context>
    <name>kikan::client::VehicleText</name>
    <message>
        <source>Private</source>
        <translation>自家用</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>営業用</translation>
    </message>
    <message>
        <source>Passenger</source>
        <translation>乗用</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>貨物</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録中</translation>
    </message>
    <message>
        <source>Deregistered</source>
        <translation>廃車</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1 円</translation>
    </message>
    <message>
        <source>Four-wheeled light vehicle</source>
        <translation>軽四輪</translation>
    </message>
    <message>
        <source>Three-wheeled light vehicle</source>
        <translation>軽三輪</translation>
    </message>
    <message>
        <source>Moped class 1 (50 cc or less)</source>
        <translation>原付 第一種 (50cc以下)</translation>
    </message>
    <message>
        <source>Moped class 2b (50-90 cc)</source>
        <translation>原付 第二種乙 (50cc超90cc以下)</translation>
    </message>
    <message>
        <source>Moped class 2a (90-125 cc)</source>
        <translation>原付 第二種甲 (90cc超125cc以下)</translation>
    </message>
    <message>
        <source>Minicar</source>
        <translation>ミニカー</translation>
    </message>
    <message>
        <source>Small special vehicle (farming)</source>
        <translation>小型特殊 農耕作業用</translation>
    </message>
    <message>
        <source>Small special vehicle (other)</source>
        <translation>小型特殊 その他</translation>
    </message>
    <message>
        <source>Light motorcycle (125-250 cc)</source>
        <translation>軽二輪 (125cc超250cc以下)</translation>
    </message>
    <message>
        <source>Small motorcycle (over 250 cc)</source>
        <translation>小型二輪 (250cc超)</translation>
    </message>
    <message>
        <source>Gasoline</source>
        <translation>ガソリン</translation>
    </message>
    <message>
        <source>Diesel</source>
        <translation>軽油</translation>
    </message>
    <message>
        <source>LPG</source>
        <translation>LPG</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>ハイブリッド</translation>
    </message>
    <message>
        <source>Electric</source>
        <translation>電気</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>天然ガス</translation>
    </message>
    <message>
        <source>Methanol</source>
        <translation>メタノール</translation>
    </message>
    <message>
        <source>Fuel cell</source>
        <translation>燃料電池</translation>
    </message>
    <message>
        <source>Towed</source>
        <translation>被けん引</translation>
    </message>
    <message>
        <source>Four-wheeled, passenger, private</source>
        <translation>軽四輪 乗用 自家用</translation>
    </message>
    <message>
        <source>Four-wheeled, passenger, business</source>
        <translation>軽四輪 乗用 営業用</translation>
    </message>
    <message>
        <source>Four-wheeled, cargo, private</source>
        <translation>軽四輪 貨物 自家用</translation>
    </message>
    <message>
        <source>Four-wheeled, cargo, business</source>
        <translation>軽四輪 貨物 営業用</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>新規登録</translation>
    </message>
    <message>
        <source>Transfer from another town</source>
        <translation>転入</translation>
    </message>
    <message>
        <source>Change of owner</source>
        <translation>名義変更</translation>
    </message>
    <message>
        <source>Change of storage place</source>
        <translation>定置場変更</translation>
    </message>
    <message>
        <source>Deregistration</source>
        <translation>廃車</translation>
    </message>
    <message>
        <source>Plate re-issued</source>
        <translation>標識再交付</translation>
    </message>
    <message>
        <source>Old rate</source>
        <translation>旧税率</translation>
    </message>
    <message>
        <source>New rate</source>
        <translation>新税率</translation>
    </message>
    <message>
        <source>Heavy (13 years)</source>
        <translation>重課 (13年経過)</translation>
    </message>
    <message>
        <source>Green reduction</source>
        <translation>軽課 (グリーン化特例)</translation>
    </message>
    <message>
        <source>Flat rate</source>
        <translation>定額</translation>
    </message>
</context>
<context>
    <name>kikan::client::VerificationDialog</name>
    <message>
        <source>Verify a certificate</source>
        <translation>証明書の真正性確認</translation>
    </message>
    <message>
        <source>Scan the code, or type the serial number</source>
        <translation>二次元コードをスキャナで読み取るか、発行番号を入力</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>確認(&amp;C)</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>発行番号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Signature (checked here)</source>
        <translation>署名（この端末で確認）</translation>
    </message>
    <message>
        <source>Town&apos;s record</source>
        <translation>町の記録</translation>
    </message>
    <message>
        <source>A certificate is genuine when its signature is the town&apos;s and the town&apos;s record says it was issued and stands. Only the kind and the issue date are shown, never the person.</source>
        <translation>署名が町のものであり、町の記録で発行済み・有効と確認できれば、本物の証明書です。表示するのは種類と発行日だけで、本人の情報は表示しません。</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>確認しています...</translation>
    </message>
    <message>
        <source>No code: only the town&apos;s record can be asked.</source>
        <translation>コードがないため、町の記録だけを照会します。</translation>
    </message>
    <message>
        <source>The town&apos;s signature (key %1)</source>
        <translation>町の署名です（鍵 %1）</translation>
    </message>
    <message>
        <source>Not the town&apos;s signature: the code was altered</source>
        <translation>町の署名ではありません（コードが改ざんされています）</translation>
    </message>
    <message>
        <source>Signed with a key the town has revoked (%1)</source>
        <translation>町が失効させた鍵の署名です（%1）</translation>
    </message>
    <message>
        <source>Key %1 is not known on this terminal</source>
        <translation>鍵 %1 はこの端末に登録されていません</translation>
    </message>
    <message>
        <source>Issued by the town and valid</source>
        <translation>町が発行した有効な証明書です</translation>
    </message>
    <message>
        <source>Issued, but its signing key has been revoked</source>
        <translation>発行されていますが、署名鍵が失効しています</translation>
    </message>
    <message>
        <source>The code differs from what the town issued</source>
        <translation>町が発行した内容とコードが一致しません</translation>
    </message>
    <message>
        <source>Genuine certificate</source>
        <translation>本物の証明書です</translation>
    </message>
    <message>
        <source>Issued by the town (no code was checked)</source>
        <translation>町が発行した証明書です（コードは確認していません）</translation>
    </message>
    <message>
        <source>Not a valid certificate</source>
        <translation>有効な証明書ではありません</translation>
    </message>
    <message>
        <source>The town&apos;s signature (the town&apos;s record could not be asked)</source>
        <translation>町の署名です（町の記録は照会できませんでした）</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>確認できませんでした</translation>
    </message>
    <message>
        <source>Copy of the resident record (household)</source>
        <translation>住民票の写し（世帯連記式）</translation>
    </message>
    <message>
        <source>Copy of the resident record (individual)</source>
        <translation>住民票の写し（個人票）</translation>
    </message>
    <message>
        <source>Certificate of resident record entries</source>
        <translation>住民票記載事項証明書</translation>
    </message>
    <message>
        <source>Copy of the removed resident record</source>
        <translation>除票の写し</translation>
    </message>
    <message>
        <source>Move-out certificate</source>
        <translation>転出証明書</translation>
    </message>
</context>
<context>
    <name>kikan::client::treasury</name>
    <message>
        <source>%1 yen</source>
        <translation>%1円</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>消込済</translation>
    </message>
    <message>
        <source>Partial payment</source>
        <translation>一部納付</translation>
    </message>
    <message>
        <source>Excess payment</source>
        <translation>過納</translation>
    </message>
    <message>
        <source>Double payment</source>
        <translation>二重納付</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>未消込</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>OCR slip</source>
        <translation>OCR納付書</translation>
    </message>
    <message>
        <source>Convenience store</source>
        <translation>コンビニ収納</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>口座振替</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窓口収納</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>ファイルに書き込めませんでした：%1</translation>
    </message>
</context>
</TS>
