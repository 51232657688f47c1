<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About epewall</source>
        <translation>Giới thiệu epewall</translation>
    </message>
    <message>
        <source>Video wall for customs supervision of export processing enterprises through their cameras (Decision 247/QĐ-TCHQ).</source>
        <translation>Tường video phục vụ giám sát hải quan đối với doanh nghiệp chế xuất qua hệ thống camera của doanh nghiệp (Quyết định 247/QĐ-TCHQ).</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>không tìm thấy</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Kho mật khẩu</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>đang kiểm tra…</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>EPE account</source>
        <translation>Tài khoản truy cập của DNCX</translation>
    </message>
    <message>
        <source>The account that &lt;b&gt;%1&lt;/b&gt; handed to customs for its cameras and recorder. The password is kept only in the system keyring.</source>
        <translation>Tài khoản mà &lt;b&gt;%1&lt;/b&gt; cung cấp cho cơ quan hải quan để truy cập camera và đầu ghi. Mật khẩu chỉ được lưu trong kho mật khẩu của hệ thống.</translation>
    </message>
    <message>
        <source>Type the new password</source>
        <translation>Nhập mật khẩu mới</translation>
    </message>
    <message>
        <source>Account &amp;user</source>
        <translation>&amp;Tên tài khoản</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Remove password</source>
        <translation>&amp;Xóa mật khẩu</translation>
    </message>
    <message>
        <source>Asking the keyring whether a password is stored…</source>
        <translation>Đang hỏi kho mật khẩu xem đã lưu mật khẩu chưa…</translation>
    </message>
    <message>
        <source>Enter both the account user and the password.</source>
        <translation>Hãy nhập cả tên tài khoản và mật khẩu.</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Không lưu được tài khoản: %1</translation>
    </message>
    <message>
        <source>The keyring cannot be used now.</source>
        <translation>Hiện không dùng được kho mật khẩu.</translation>
    </message>
    <message>
        <source>A password is stored in %1.</source>
        <translation>Đã lưu mật khẩu trong %1.</translation>
    </message>
    <message>
        <source>No password stored.</source>
        <translation>Chưa lưu mật khẩu.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>The account user name is required.</source>
        <translation>Phải nhập tên tài khoản.</translation>
    </message>
    <message>
        <source>The password is required.</source>
        <translation>Phải nhập mật khẩu.</translation>
    </message>
    <message>
        <source>The EPE "{name}" was not deleted, because its stored password could not be removed from the system keyring. {reason}</source>
        <translation>Chưa xóa DNCX "{name}" vì không xóa được mật khẩu đã lưu của DNCX này khỏi kho mật khẩu của hệ thống. {reason}</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>epewall: unexpected error</source>
        <translation>epewall: lỗi ngoài dự kiến</translation>
    </message>
    <message>
        <source>Something went wrong and the last action may not have finished. You can keep working; if it happens again, send the log file to your IT support:
%1</source>
        <translation>Đã xảy ra sự cố, thao tác vừa rồi có thể chưa hoàn tất. Bạn vẫn có thể tiếp tục làm việc; nếu lỗi lặp lại, hãy gửi tệp nhật ký cho bộ phận hỗ trợ CNTT:
%1</translation>
    </message>
    <message>
        <source>epewall cannot start</source>
        <translation>Không khởi động được epewall</translation>
    </message>
    <message>
        <source>epewall demo</source>
        <translation>epewall – chế độ trình diễn</translation>
    </message>
    <message>
        <source>The simulated EPE site could not start. It needs GStreamer's RTSP server from Debian (run 'make demo', which installs it). Details are in the log file:
%1</source>
        <translation>Không khởi động được DNCX mô phỏng. Cần máy chủ RTSP của GStreamer từ Debian (chạy 'make demo' để cài đặt). Chi tiết trong tệp nhật ký:
%1</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Edit camera</source>
        <translation>Sửa camera</translation>
    </message>
    <message>
        <source>Add camera</source>
        <translation>Thêm camera</translation>
    </message>
    <message>
        <source>The camera's number on the EPE's camera diagram</source>
        <translation>Số hiệu của camera trên sơ đồ camera của DNCX</translation>
    </message>
    <message>
        <source>e.g. Main gate, lane 1</source>
        <translation>VD: Cổng chính, làn 1</translation>
    </message>
    <message>
        <source>Without user name or password: the EPE's account is kept in the keyring (Sites &gt; Set account).</source>
        <translation>Không ghi tên đăng nhập hay mật khẩu vào URL: tài khoản của DNCX được lưu trong kho mật khẩu (Danh mục &gt; Đặt tài khoản truy cập).</translation>
    </message>
    <message>
        <source>&amp;EPE</source>
        <translation>&amp;DNCX</translation>
    </message>
    <message>
        <source>&amp;Diagram number *</source>
        <translation>&amp;Số trên sơ đồ *</translation>
    </message>
    <message>
        <source>&amp;Position *</source>
        <translation>&amp;Vị trí *</translation>
    </message>
    <message>
        <source>Must be online</source>
        <translation>Bắt buộc trực tuyến</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Tên camera</translation>
    </message>
    <message>
        <source>&amp;Main stream URL</source>
        <translation>URL luồng &amp;chính</translation>
    </message>
    <message>
        <source>&amp;Sub stream URL</source>
        <translation>URL luồng &amp;phụ</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <source>Yes: this position must be connected to customs (Decision 247, I.1.2)</source>
        <translation>Có: vị trí này bắt buộc kết nối trực tuyến với cơ quan hải quan (Quyết định 247, mục I.1.2)</translation>
    </message>
    <message>
        <source>No: kept at the EPE and provided to customs on request</source>
        <translation>Không: lưu giữ tại DNCX, cung cấp cho cơ quan hải quan khi có yêu cầu</translation>
    </message>
    <message>
        <source>Add an EPE first: a camera belongs to an EPE.</source>
        <translation>Hãy thêm DNCX trước: mỗi camera thuộc về một DNCX.</translation>
    </message>
</context>
<context>
    <name>CameraPosition</name>
    <message>
        <source>Gate / door</source>
        <translation>Cổng / cửa ra vào</translation>
    </message>
    <message>
        <source>Storage area door</source>
        <translation>Cửa kho</translation>
    </message>
    <message>
        <source>Storage yard</source>
        <translation>Bãi kho</translation>
    </message>
    <message>
        <source>Inside storage</source>
        <translation>Trong kho</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>ConnectionMethod</name>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Private channel</source>
        <translation>Kênh truyền riêng</translation>
    </message>
</context>
<context>
    <name>EmptyCell</name>
    <message>
        <source>Drop a camera or a whole EPE here</source>
        <translation>Thả một camera hoặc cả một DNCX vào đây</translation>
    </message>
</context>
<context>
    <name>EpeDialog</name>
    <message>
        <source>Edit EPE</source>
        <translation>Sửa thông tin DNCX</translation>
    </message>
    <message>
        <source>Add EPE</source>
        <translation>Thêm DNCX</translation>
    </message>
    <message>
        <source>e.g. 0100233488 or 0100233488-001</source>
        <translation>VD: 0100233488 hoặc 0100233488-001</translation>
    </message>
    <message>
        <source>Customs sub-department in charge</source>
        <translation>Chi cục Hải quan quản lý</translation>
    </message>
    <message>
        <source>e.g. 0251 3836 123</source>
        <translation>VD: 0251 3836 123</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Tên DNCX *</translation>
    </message>
    <message>
        <source>&amp;Tax ID *</source>
        <translation>&amp;Mã số thuế *</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <source>Customs su&amp;b-department</source>
        <translation>&amp;Chi cục Hải quan</translation>
    </message>
    <message>
        <source>Contact at the EPE</source>
        <translation>Liên hệ tại DNCX</translation>
    </message>
    <message>
        <source>Contact &amp;person</source>
        <translation>&amp;Người liên hệ</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Điện t&amp;hoại</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Phương thức kết nối</translation>
    </message>
    <message>
        <source>&amp;Licence date</source>
        <translation>N&amp;gày cấp phép</translation>
    </message>
    <message>
        <source>&amp;Established date</source>
        <translation>Ngày thành &amp;lập</translation>
    </message>
    <message>
        <source>&amp;Risk level</source>
        <translation>Mức &amp;rủi ro</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Gh&amp;i chú</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* bắt buộc</translation>
    </message>
</context>
<context>
    <name>KeyringBanner</name>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Kiểm tra lại</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Mở khóa…</translation>
    </message>
    <message>
        <source>Ask the system to show its keyring unlock prompt</source>
        <translation>Yêu cầu hệ thống hiện hộp thoại mở khóa kho mật khẩu</translation>
    </message>
    <message>
        <source>Keyring ready</source>
        <translation>Kho mật khẩu sẵn sàng</translation>
    </message>
    <message>
        <source>No keyring: passwords cannot be stored</source>
        <translation>Không có kho mật khẩu: không thể lưu mật khẩu</translation>
    </message>
    <message>
        <source>Keyring locked</source>
        <translation>Kho mật khẩu đang khóa</translation>
    </message>
    <message>
        <source>Keyring access denied</source>
        <translation>Bị từ chối truy cập kho mật khẩu</translation>
    </message>
    <message>
        <source>Keyring error</source>
        <translation>Lỗi kho mật khẩu</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Import sites…</source>
        <translation>&amp;Nhập danh mục từ CSV…</translation>
    </message>
    <message>
        <source>Add or update EPEs and cameras from a CSV file</source>
        <translation>Thêm mới hoặc cập nhật DNCX và camera từ tệp CSV</translation>
    </message>
    <message>
        <source>&amp;Export sites…</source>
        <translation>&amp;Xuất danh mục ra CSV…</translation>
    </message>
    <message>
        <source>Save EPEs and cameras as a CSV file (without passwords)</source>
        <translation>Lưu danh mục DNCX và camera thành tệp CSV (không kèm mật khẩu)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation>&amp;Danh mục</translation>
    </message>
    <message>
        <source>&amp;Add EPE…</source>
        <translation>&amp;Thêm DNCX…</translation>
    </message>
    <message>
        <source>&amp;Edit EPE…</source>
        <translation>&amp;Sửa DNCX…</translation>
    </message>
    <message>
        <source>&amp;Delete EPE…</source>
        <translation>&amp;Xóa DNCX…</translation>
    </message>
    <message>
        <source>Set acc&amp;ount…</source>
        <translation>Đặt tài &amp;khoản truy cập…</translation>
    </message>
    <message>
        <source>The account the EPE handed to customs; the password is kept in the keyring</source>
        <translation>Tài khoản DNCX cung cấp cho cơ quan hải quan; mật khẩu được lưu trong kho mật khẩu</translation>
    </message>
    <message>
        <source>Add &amp;camera…</source>
        <translation>Thêm &amp;camera…</translation>
    </message>
    <message>
        <source>Ed&amp;it camera…</source>
        <translation>Sửa ca&amp;mera…</translation>
    </message>
    <message>
        <source>De&amp;lete camera…</source>
        <translation>Xóa camer&amp;a…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About epewall</source>
        <translation>&amp;Giới thiệu epewall</translation>
    </message>
    <message>
        <source>&amp;Wall</source>
        <translation>&amp;Màn hình giám sát</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Bố cục</translation>
    </message>
    <message>
        <source>&amp;1 camera</source>
        <translation>&amp;1 camera</translation>
    </message>
    <message>
        <source>&amp;2 × 2</source>
        <translation>&amp;2 × 2</translation>
    </message>
    <message>
        <source>&amp;3 × 3</source>
        <translation>&amp;3 × 3</translation>
    </message>
    <message>
        <source>&amp;4 × 4</source>
        <translation>&amp;4 × 4</translation>
    </message>
    <message>
        <source>1 large + &amp;5 small</source>
        <translation>1 lớn + &amp;5 nhỏ</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Toàn màn hình</translation>
    </message>
    <message>
        <source>&amp;Open saved wall</source>
        <translation>&amp;Mở màn hình đã lưu</translation>
    </message>
    <message>
        <source>&amp;Save wall as…</source>
        <translation>&amp;Lưu màn hình thành…</translation>
    </message>
    <message>
        <source>Take &amp;snapshot</source>
        <translation>&amp;Chụp ảnh</translation>
    </message>
    <message>
        <source>Save the picture of the maximised tile, or of the tile under the mouse, as evidence</source>
        <translation>Lưu ảnh của ô đang phóng to, hoặc của ô dưới con trỏ chuột, làm chứng cứ</translation>
    </message>
    <message>
        <source>&amp;Print last snapshot…</source>
        <translation>&amp;In ảnh chụp gần nhất…</translation>
    </message>
    <message>
        <source>&amp;Clear the wall</source>
        <translation>&amp;Xóa hết camera khỏi màn hình</translation>
    </message>
    <message>
        <source>EPEs: %1 · Cameras: %2</source>
        <translation>DNCX: %1 · Camera: %2</translation>
    </message>
    <message>
        <source>Keyring: waiting for the unlock prompt…</source>
        <translation>Kho mật khẩu: đang chờ hộp thoại mở khóa…</translation>
    </message>
    <message>
        <source>Keyring: checking…</source>
        <translation>Kho mật khẩu: đang kiểm tra…</translation>
    </message>
    <message>
        <source>Keyring: %1</source>
        <translation>Kho mật khẩu: %1</translation>
    </message>
    <message>
        <source>EPE passwords are kept in %1.</source>
        <translation>Mật khẩu của các DNCX được lưu trong %1.</translation>
    </message>
    <message>
        <source>Delete EPE</source>
        <translation>Xóa DNCX</translation>
    </message>
    <message>
        <source>Delete the EPE “%1” and its %2 camera(s) from the registry?</source>
        <translation>Xóa DNCX “%1” cùng %2 camera của DNCX này khỏi danh mục?</translation>
    </message>
    <message>
        <source>Its stored password is deleted from the keyring too. This cannot be undone.</source>
        <translation>Mật khẩu đã lưu của DNCX cũng bị xóa khỏi kho mật khẩu. Không thể hoàn tác thao tác này.</translation>
    </message>
    <message>
        <source>Deleting the EPE…</source>
        <translation>Đang xóa DNCX…</translation>
    </message>
    <message>
        <source>EPE deleted, with its stored password.</source>
        <translation>Đã xóa DNCX cùng mật khẩu đã lưu.</translation>
    </message>
    <message>
        <source>The EPE was not deleted</source>
        <translation>Chưa xóa được DNCX</translation>
    </message>
    <message>
        <source>Delete camera</source>
        <translation>Xóa camera</translation>
    </message>
    <message>
        <source>Delete camera no. %1 (%2) from the registry?</source>
        <translation>Xóa camera số %1 (%2) khỏi danh mục?</translation>
    </message>
    <message>
        <source>The camera was not deleted</source>
        <translation>Chưa xóa được camera</translation>
    </message>
    <message>
        <source>Import sites</source>
        <translation>Nhập danh mục</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2 problem(s) must be fixed in the file first.</source>
        <translation>Chưa nhập dữ liệu nào từ %1: cần sửa %2 lỗi trong tệp trước.</translation>
    </message>
    <message>
        <source>… and %1 more (see the details).</source>
        <translation>… và %1 lỗi khác (xem chi tiết).</translation>
    </message>
    <message>
        <source>%1 was imported.</source>
        <translation>Đã nhập xong %1.</translation>
    </message>
    <message>
        <source>The sites were not imported</source>
        <translation>Chưa nhập được danh mục</translation>
    </message>
    <message>
        <source>Export sites</source>
        <translation>Xuất danh mục</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Đang xuất ra %1…</translation>
    </message>
    <message>
        <source>Exported %1 EPE(s) and %2 camera(s) to %3.</source>
        <translation>Đã xuất %1 DNCX và %2 camera ra %3.</translation>
    </message>
    <message>
        <source>The sites were not exported</source>
        <translation>Chưa xuất được danh mục</translation>
    </message>
    <message>
        <source>There is no saved wall named “%1”.</source>
        <translation>Không có màn hình đã lưu nào tên “%1”.</translation>
    </message>
    <message>
        <source>Open wall</source>
        <translation>Mở màn hình</translation>
    </message>
    <message>
        <source>Save wall</source>
        <translation>Lưu màn hình</translation>
    </message>
    <message>
        <source>Name of this wall:</source>
        <translation>Tên của màn hình này:</translation>
    </message>
    <message>
        <source>Wall “%1” saved.</source>
        <translation>Đã lưu màn hình “%1”.</translation>
    </message>
    <message>
        <source>(no saved walls)</source>
        <translation>(chưa có màn hình nào được lưu)</translation>
    </message>
    <message>
        <source>There is no camera on the wall to take a snapshot of.</source>
        <translation>Không có camera nào trên màn hình để chụp ảnh.</translation>
    </message>
    <message>
        <source>Snapshot saved: %1</source>
        <translation>Đã lưu ảnh chụp: %1</translation>
    </message>
    <message>
        <source>Print snapshot</source>
        <translation>In ảnh chụp</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>Đã lưu PDF: %1</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Chưa có</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Mark the date as not set</source>
        <translation>Bỏ ngày đã nhập</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>The disk is full, so the registry could not be saved; nothing was changed. Free some space and try again. (Registry file: {path})</source>
        <translation>Ổ đĩa đã đầy nên không lưu được danh mục; chưa có gì bị thay đổi. Hãy giải phóng dung lượng rồi thử lại. (Tệp danh mục: {path})</translation>
    </message>
    <message>
        <source>The registry file cannot be written: it is read-only, or it was moved or deleted while epewall was running. Nothing was changed. Check the file and its folder, then restart epewall. (Registry file: {path})</source>
        <translation>Không ghi được tệp danh mục: tệp chỉ cho phép đọc, hoặc đã bị chuyển đi hay xóa trong khi epewall đang chạy. Chưa có gì bị thay đổi. Hãy kiểm tra tệp và thư mục chứa tệp, rồi khởi động lại epewall. (Tệp danh mục: {path})</translation>
    </message>
    <message>
        <source>The registry is busy: another epewall window or program is writing to it. Nothing was changed. Wait a moment and try again. (Registry file: {path})</source>
        <translation>Danh mục đang bận: một cửa sổ epewall hoặc chương trình khác đang ghi vào. Chưa có gì bị thay đổi. Hãy chờ một lát rồi thử lại. (Tệp danh mục: {path})</translation>
    </message>
    <message>
        <source>The registry file is damaged or is not an epewall registry. Restore it from a backup, or move it away so epewall starts a new one. (Registry file: {path})</source>
        <translation>Tệp danh mục bị hỏng hoặc không phải danh mục của epewall. Hãy khôi phục từ bản sao lưu, hoặc chuyển tệp sang chỗ khác để epewall tạo danh mục mới. (Tệp danh mục: {path})</translation>
    </message>
    <message>
        <source>The registry file cannot be opened. Check that its folder exists and that you may write to it. (Registry file: {path})</source>
        <translation>Không mở được tệp danh mục. Hãy kiểm tra thư mục chứa tệp có tồn tại và bạn có quyền ghi vào đó. (Tệp danh mục: {path})</translation>
    </message>
    <message>
        <source>The registry file could not be read or written (a disk or network drive error). Nothing was changed. (Registry file: {path})</source>
        <translation>Không đọc hoặc ghi được tệp danh mục (lỗi ổ đĩa hoặc ổ mạng). Chưa có gì bị thay đổi. (Tệp danh mục: {path})</translation>
    </message>
    <message>
        <source>The registry could not be used ({detail}). (Registry file: {path})</source>
        <translation>Không sử dụng được danh mục ({detail}). (Tệp danh mục: {path})</translation>
    </message>
    <message>
        <source>The registry is closed.</source>
        <translation>Danh mục đã đóng.</translation>
    </message>
    <message>
        <source>This file is an SQLite database but not an epewall registry; epewall will not change it. (File: {path})</source>
        <translation>Tệp này là cơ sở dữ liệu SQLite nhưng không phải danh mục của epewall; epewall sẽ không thay đổi tệp. (Tệp: {path})</translation>
    </message>
    <message>
        <source>The registry was written by a newer epewall (schema {found}; this version knows up to {known}). Update epewall to open it. (Registry file: {path})</source>
        <translation>Danh mục được ghi bởi phiên bản epewall mới hơn (lược đồ {found}; phiên bản này chỉ hỗ trợ đến {known}). Hãy cập nhật epewall để mở danh mục. (Tệp danh mục: {path})</translation>
    </message>
    <message>
        <source>Updating the registry to this version of epewall failed; the file was left as it was. Keep the file and report the problem. (Registry file: {path})</source>
        <translation>Không nâng cấp được danh mục lên phiên bản epewall này; tệp được giữ nguyên. Hãy giữ lại tệp và báo lỗi cho bộ phận hỗ trợ. (Tệp danh mục: {path})</translation>
    </message>
</context>
<context>
    <name>RiskLevel</name>
    <message>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Cao</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>The system keyring has no default keyring. Open Passwords and Keys (Seahorse) or KWallet, create a keyring and make it the default, then retry. epewall never stores passwords in files.</source>
        <translation>Kho mật khẩu của hệ thống chưa có vùng lưu mặc định. Hãy mở Passwords and Keys (Seahorse) hoặc KWallet, tạo một vùng lưu và đặt làm mặc định, rồi thử lại. epewall không bao giờ lưu mật khẩu vào tệp.</translation>
    </message>
    <message>
        <source>Secret Service</source>
        <translation>Secret Service</translation>
    </message>
    <message>
        <source>No system keyring is available, so EPE passwords can be neither stored nor read. On Linux, install and start GNOME Keyring (gnome-keyring) or KWallet in your desktop session, then retry. epewall never stores passwords in files.</source>
        <translation>Không có kho mật khẩu của hệ thống nên không thể lưu hay đọc mật khẩu của DNCX. Trên Linux, hãy cài đặt và chạy GNOME Keyring (gnome-keyring) hoặc KWallet trong phiên làm việc, rồi thử lại. epewall không bao giờ lưu mật khẩu vào tệp.</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows Credential Manager (Trình quản lý thông tin đăng nhập)</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS Keychain (Chuỗi khóa)</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keyring.</source>
        <translation>Không lưu được mật khẩu vào kho mật khẩu của hệ thống.</translation>
    </message>
    <message>
        <source>The password could not be read from the system keyring.</source>
        <translation>Không đọc được mật khẩu từ kho mật khẩu của hệ thống.</translation>
    </message>
    <message>
        <source>The password could not be deleted from the system keyring.</source>
        <translation>Không xóa được mật khẩu khỏi kho mật khẩu của hệ thống.</translation>
    </message>
    <message>
        <source>Secret Service ({provider})</source>
        <translation>Secret Service ({provider})</translation>
    </message>
    <message>
        <source>The system keyring, {backend}, is locked. Unlock it - log out and in again, or open Passwords and Keys and unlock the "Login" keyring - then retry.</source>
        <translation>Kho mật khẩu của hệ thống ({backend}) đang khóa. Hãy mở khóa - đăng xuất rồi đăng nhập lại, hoặc mở Passwords and Keys và mở khóa vùng "Login" - rồi thử lại.</translation>
    </message>
    <message>
        <source>Access to the system keyring, {backend}, was refused, or the unlock prompt was dismissed. Unlock the keyring and allow epewall to use it, then retry.</source>
        <translation>Truy cập kho mật khẩu của hệ thống ({backend}) bị từ chối, hoặc hộp thoại mở khóa đã bị đóng. Hãy mở khóa kho mật khẩu và cho phép epewall sử dụng, rồi thử lại.</translation>
    </message>
    <message>
        <source>The system keyring, {backend}, reported an error. Retry; if it keeps failing, log out and in again or restart the keyring service. Details are in the log.</source>
        <translation>Kho mật khẩu của hệ thống ({backend}) báo lỗi. Hãy thử lại; nếu vẫn lỗi, hãy đăng xuất rồi đăng nhập lại hoặc khởi động lại dịch vụ kho mật khẩu. Chi tiết có trong tệp nhật ký.</translation>
    </message>
</context>
<context>
    <name>SimSite</name>
    <message>
        <source>Cannot read the simulated site's description {path}: {error}</source>
        <translation>Không đọc được tệp mô tả địa điểm mô phỏng {path}: {error}</translation>
    </message>
    <message>
        <source>The simulated site's description {path} is not valid ({error}).</source>
        <translation>Tệp mô tả địa điểm mô phỏng {path} không hợp lệ ({error}).</translation>
    </message>
    <message>
        <source>The simulated site has not been started.</source>
        <translation>Địa điểm mô phỏng chưa được khởi động.</translation>
    </message>
    <message>
        <source>The simulated site is already running.</source>
        <translation>Địa điểm mô phỏng đang chạy rồi.</translation>
    </message>
    <message>
        <source>Cannot run {python} for the simulated site ({error}). It needs Debian's Python with GStreamer (python3-gi); set EPEWALL_SIM_PYTHON to use another interpreter.</source>
        <translation>Không chạy được {python} cho địa điểm mô phỏng ({error}). Cần Python của Debian có GStreamer (python3-gi); đặt biến EPEWALL_SIM_PYTHON để dùng trình thông dịch khác.</translation>
    </message>
    <message>
        <source>The simulated site stopped while starting (exit code {code}):
{log}</source>
        <translation>Địa điểm mô phỏng dừng lại khi đang khởi động (mã thoát {code}):
{log}</translation>
    </message>
    <message>
        <source>The simulated site did not start within {seconds} s:
{log}</source>
        <translation>Địa điểm mô phỏng không khởi động xong trong {seconds} giây:
{log}</translation>
    </message>
    <message>
        <source>  {name} ({tax_id}): rtsp://{host}:{port}, {count} cameras, user {user}</source>
        <translation>  {name} ({tax_id}): rtsp://{host}:{port}, {count} camera, tài khoản {user}</translation>
    </message>
    <message>
        <source>Press Ctrl-C to stop.</source>
        <translation>Nhấn Ctrl-C để dừng.</translation>
    </message>
    <message>
        <source>The simulated site ended by itself (exit code {code}):
{log}</source>
        <translation>Địa điểm mô phỏng tự dừng (mã thoát {code}):
{log}</translation>
    </message>
    <message>
        <source>Simulated EPE site running (process {pid}).</source>
        <translation>Địa điểm DNCX mô phỏng đang chạy (tiến trình {pid}).</translation>
    </message>
    <message>
        <source>Description with the test accounts: {path} (removed when the site stops).</source>
        <translation>Tệp mô tả kèm các tài khoản thử nghiệm: {path} (sẽ bị xóa khi địa điểm dừng).</translation>
    </message>
    <message>
        <source>Simulated EPE site stopped.</source>
        <translation>Đã dừng địa điểm DNCX mô phỏng.</translation>
    </message>
</context>
<context>
    <name>SiteTree</name>
    <message>
        <source>Tax ID</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Camera no. %1 on the EPE's diagram</source>
        <translation>Camera số %1 trên sơ đồ camera của DNCX</translation>
    </message>
    <message>
        <source>Must be online with customs (Decision 247, I.1.2)</source>
        <translation>Bắt buộc kết nối trực tuyến với cơ quan hải quan (Quyết định 247, mục I.1.2)</translation>
    </message>
    <message>
        <source>Kept at the EPE; provided on request</source>
        <translation>Lưu giữ tại DNCX; cung cấp khi có yêu cầu</translation>
    </message>
    <message>
        <source>Search EPE, tax ID or camera</source>
        <translation>Tìm DNCX, mã số thuế hoặc camera</translation>
    </message>
    <message>
        <source>%1 must be online with customs (Decision 247, I.1.2)</source>
        <translation>%1 bắt buộc kết nối trực tuyến với hải quan (QĐ 247, mục I.1.2)</translation>
    </message>
    <message>
        <source>EPE / camera</source>
        <translation>DNCX / camera</translation>
    </message>
    <message>
        <source>Tax ID / position</source>
        <translation>MST / vị trí</translation>
    </message>
</context>
<context>
    <name>SitesCsv</name>
    <message>
        <source>line {line}: {reason}</source>
        <translation>dòng {line}: {reason}</translation>
    </message>
    <message>
        <source>EPEs: {ea} added, {eu} updated, {en} unchanged. Cameras: {ca} added, {cu} updated, {cn} unchanged.</source>
        <translation>DNCX: thêm mới {ea}, cập nhật {eu}, giữ nguyên {en}. Camera: thêm mới {ca}, cập nhật {cu}, giữ nguyên {cn}.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Tệp {path} không tồn tại.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the CSV file inside it.</source>
        <translation>{path} là thư mục; hãy chọn tệp CSV nằm trong thư mục đó.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: permission denied.</source>
        <translation>Không đọc được tệp {path}: không có quyền truy cập.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>Không đọc được tệp {path} ({reason}).</translation>
    </message>
    <message>
        <source>This is an Excel workbook (.xlsx), not a CSV file. In Excel choose File &gt; Save As &gt; 'CSV UTF-8 (Comma delimited)' and import that file.</source>
        <translation>Đây là tệp bảng tính Excel (.xlsx), không phải tệp CSV. Trong Excel hãy chọn File &gt; Save As &gt; 'CSV UTF-8 (Comma delimited)' rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>This file is saved as UTF-16 ('Unicode Text'). Save it as 'CSV UTF-8 (Comma delimited)' and import that file.</source>
        <translation>Tệp này được lưu dạng UTF-16 ('Unicode Text'). Hãy lưu lại thành 'CSV UTF-8 (Comma delimited)' rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>This is not a CSV text file (it contains binary data).</source>
        <translation>Đây không phải tệp văn bản CSV (tệp chứa dữ liệu nhị phân).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, so Vietnamese letters would be garbled. In Excel choose File &gt; Save As &gt; 'CSV UTF-8 (Comma delimited)' and import that file.</source>
        <translation>Tệp không ở dạng văn bản UTF-8 nên chữ tiếng Việt sẽ bị lỗi font. Trong Excel hãy chọn File &gt; Save As &gt; 'CSV UTF-8 (Comma delimited)' rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line and one line per camera.</source>
        <translation>Tệp trống: tệp cần một dòng tiêu đề và mỗi camera một dòng.</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV from here on (a quotation mark is not closed, or a stray one is inside a value).</source>
        <translation>Không đọc được tệp theo định dạng CSV từ vị trí này trở đi (có dấu ngoặc kép chưa đóng, hoặc dấu ngoặc kép thừa trong một giá trị).</translation>
    </message>
    <message>
        <source>Column {number} has values but no header.</source>
        <translation>Cột {number} có giá trị nhưng không có tiêu đề.</translation>
    </message>
    <message>
        <source>Column '{header}': passwords are never imported from a file. Delete this column and store each EPE's password with 'epewall credentials set'.</source>
        <translation>Cột '{header}': không bao giờ nhập mật khẩu từ tệp. Hãy xóa cột này và lưu mật khẩu của từng DNCX bằng lệnh 'epewall credentials set'.</translation>
    </message>
    <message>
        <source>Unknown column '{header}'.</source>
        <translation>Không nhận ra cột '{header}'.</translation>
    </message>
    <message>
        <source>Columns '{first}' and '{second}' both mean {column}.</source>
        <translation>Cột '{first}' và cột '{second}' cùng có nghĩa là {column}.</translation>
    </message>
    <message>
        <source>The first line must name the columns, e.g. {columns} (or the Vietnamese headers such as 'Tên DNCX', 'Mã số thuế').</source>
        <translation>Dòng đầu tiên phải ghi tên các cột, VD: {columns} (hoặc tiêu đề tiếng Việt như 'Tên DNCX', 'Mã số thuế').</translation>
    </message>
    <message>
        <source>The required column {column} is missing.</source>
        <translation>Thiếu cột bắt buộc {column}.</translation>
    </message>
    <message>
        <source>Camera columns need the column {column} too.</source>
        <translation>Khi có các cột camera thì cũng cần cột {column}.</translation>
    </message>
    <message>
        <source>'{value}' lost its leading 0 (Excel does this to numbers). Write it as 0{value}, and format the column as Text in Excel.</source>
        <translation>'{value}' đã bị mất số 0 ở đầu (Excel tự làm vậy với số). Hãy ghi là 0{value} và định dạng cột là Text trong Excel.</translation>
    </message>
    <message>
        <source>'{value}' is not a date; write 2021-04-25 or 25/04/2021.</source>
        <translation>'{value}' không phải là ngày; hãy ghi 2021-04-25 hoặc 25/04/2021.</translation>
    </message>
    <message>
        <source>'{value}' is not a connection method; write internet, vpn or private_channel (or Internet, VPN, kênh riêng).</source>
        <translation>'{value}' không phải phương thức kết nối; hãy ghi internet, vpn hoặc private_channel (hoặc Internet, VPN, kênh riêng).</translation>
    </message>
    <message>
        <source>'{value}' is not a risk level; write low, medium or high (or thấp, trung bình, cao).</source>
        <translation>'{value}' không phải mức rủi ro; hãy ghi low, medium hoặc high (hoặc thấp, trung bình, cao).</translation>
    </message>
    <message>
        <source>'{value}' is not a camera position; write gate, storage_door, storage_yard, inside_storage or other (or cổng, cửa kho, bãi kho, trong kho, khác).</source>
        <translation>'{value}' không phải vị trí camera; hãy ghi gate, storage_door, storage_yard, inside_storage hoặc other (hoặc cổng, cửa kho, bãi kho, trong kho, khác).</translation>
    </message>
    <message>
        <source>'{value}' is not a camera number; write the number from the EPE's camera diagram (1 to 9999).</source>
        <translation>'{value}' không phải số hiệu camera; hãy ghi số hiệu trên sơ đồ camera của DNCX (từ 1 đến 9999).</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Đang kiểm tra tệp…</translation>
    </message>
    <message>
        <source>Checking line {line}…</source>
        <translation>Đang kiểm tra dòng {line}…</translation>
    </message>
    <message>
        <source>{header}: the EPE with tax ID {other} on line {line} has the same name.</source>
        <translation>{header}: DNCX có mã số thuế {other} ở dòng {line} có cùng tên.</translation>
    </message>
    <message>
        <source>{header}: a new camera needs its position.</source>
        <translation>{header}: camera mới cần có vị trí.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>This line has more values than there are column headers (check the delimiter and the quotation marks).</source>
        <translation>Dòng này có nhiều giá trị hơn số cột tiêu đề (hãy kiểm tra dấu phân cách và dấu ngoặc kép).</translation>
    </message>
    <message>
        <source>{header}: every line needs the EPE's tax ID.</source>
        <translation>{header}: dòng nào cũng phải có mã số thuế của DNCX.</translation>
    </message>
    <message>
        <source>{header}: this line describes a camera but has no camera number (leave all camera columns empty for an EPE without cameras).</source>
        <translation>{header}: dòng này mô tả camera nhưng thiếu số hiệu camera (với DNCX không có camera, hãy để trống mọi cột camera).</translation>
    </message>
    <message>
        <source>{header}: differs from line {line} for the same tax ID; an EPE's columns must be the same on all its lines.</source>
        <translation>{header}: khác với dòng {line} dù cùng mã số thuế; các cột thông tin DNCX phải giống nhau trên mọi dòng của DNCX đó.</translation>
    </message>
    <message>
        <source>{header}: camera {number} of this EPE is already on line {line}.</source>
        <translation>{header}: camera số {number} của DNCX này đã có ở dòng {line}.</translation>
    </message>
</context>
<context>
    <name>SnapshotPrint</name>
    <message>
        <source>The PDF file {path} cannot be written ({error}). Check that its folder exists and that you may write to it.</source>
        <translation>Không ghi được tệp PDF {path} ({error}). Hãy kiểm tra thư mục có tồn tại và bạn có quyền ghi vào đó.</translation>
    </message>
    <message>
        <source>Surveillance camera snapshot</source>
        <translation>Ảnh chụp camera giám sát</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Không khởi động được máy in.</translation>
    </message>
    <message>
        <source>Print snapshot</source>
        <translation>In ảnh chụp</translation>
    </message>
    <message>
        <source>Main stream (full resolution)</source>
        <translation>Luồng chính (độ phân giải đầy đủ)</translation>
    </message>
    <message>
        <source>Sub stream</source>
        <translation>Luồng phụ</translation>
    </message>
    <message>
        <source>The snapshot {path} cannot be read; it was moved, deleted or damaged.</source>
        <translation>Không đọc được ảnh chụp {path}; tệp đã bị di chuyển, xóa hoặc hỏng.</translation>
    </message>
    <message>
        <source>No. {number} – {position}</source>
        <translation>Số {number} – {position}</translation>
    </message>
    <message>
        <source>The file matches this SHA-256 (checked when this page was made).</source>
        <translation>Tệp khớp với mã SHA-256 này (đã kiểm tra khi lập trang này).</translation>
    </message>
    <message>
        <source>WARNING: the file does NOT match this SHA-256; it was changed after the snapshot was taken.</source>
        <translation>CẢNH BÁO: tệp KHÔNG khớp với mã SHA-256 này; tệp đã bị thay đổi sau khi chụp.</translation>
    </message>
    <message>
        <source>EPE</source>
        <translation>DNCX</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Camera (diagram number, position, name)</source>
        <translation>Camera (số trên sơ đồ, vị trí, tên)</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Luồng</translation>
    </message>
    <message>
        <source>Time (Vietnam)</source>
        <translation>Thời gian (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Thời gian (UTC)</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Độ phân giải</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>File check</source>
        <translation>Kiểm tra tệp</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Công chức</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Phần mềm</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>{epe} – camera {number} – {time}</source>
        <translation>{epe} – camera {number} – {time}</translation>
    </message>
    <message>
        <source>Printed on {printed} by epewall {version}. Snapshot record no. {number}. The picture is the PNG file kept by epewall; its SHA-256 above shows whether the file was changed.</source>
        <translation>In lúc {printed} bằng epewall {version}. Bản ghi ảnh chụp số {number}. Hình ảnh là tệp PNG do epewall lưu giữ; mã SHA-256 ở trên cho biết tệp có bị thay đổi hay không.</translation>
    </message>
    <message>
        <source>Head of unit</source>
        <translation>Thủ trưởng đơn vị</translation>
    </message>
    <message>
        <source>Officer who took the snapshot</source>
        <translation>Công chức chụp ảnh</translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation>(ký, ghi rõ họ tên)</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <source>camera {number} of {epe}</source>
        <translation>camera {number} của {epe}</translation>
    </message>
    <message>
        <source>There is no live picture from {camera}, so no snapshot was saved.</source>
        <translation>Chưa có hình ảnh trực tiếp từ {camera} nên không lưu được ảnh chụp.</translation>
    </message>
    <message>
        <source>The snapshot folder {folder} cannot be written ({error}); no snapshot was saved.</source>
        <translation>Không ghi được vào thư mục ảnh chụp {folder} ({error}); không lưu ảnh chụp nào.</translation>
    </message>
    <message>
        <source>The video player wrote an unreadable picture from {camera}; no snapshot was saved. Try again.</source>
        <translation>Trình phát video đã ghi ra một ảnh không đọc được từ {camera}; không lưu ảnh chụp. Hãy thử lại.</translation>
    </message>
    <message>
        <source>The snapshot was saved as {path} but could not be recorded: {error}</source>
        <translation>Ảnh chụp đã được lưu thành {path} nhưng không ghi nhận được vào sổ: {error}</translation>
    </message>
    <message>
        <source>The note is too long (at most {limit} characters).</source>
        <translation>Ghi chú quá dài (tối đa {limit} ký tự).</translation>
    </message>
    <message>
        <source>The video player could not take a picture from {camera}; no snapshot was saved. Try again in a moment.</source>
        <translation>Trình phát video không chụp được ảnh từ {camera}; không lưu ảnh chụp. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The picture from {camera} was not written within {seconds} seconds; no snapshot was saved. Try again.</source>
        <translation>Ảnh từ {camera} không được ghi ra trong {seconds} giây; không lưu ảnh chụp. Hãy thử lại.</translation>
    </message>
    <message>
        <source>The snapshot could not be saved ({error}).</source>
        <translation>Không lưu được ảnh chụp ({error}).</translation>
    </message>
</context>
<context>
    <name>StreamFailure</name>
    <message>
        <source>Wrong password</source>
        <translation>Sai mật khẩu</translation>
    </message>
    <message>
        <source>Camera/path not found</source>
        <translation>Không tìm thấy camera/đường dẫn</translation>
    </message>
    <message>
        <source>EPE unreachable</source>
        <translation>Không kết nối được tới DNCX</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Hết thời gian chờ</translation>
    </message>
    <message>
        <source>Stream stalled</source>
        <translation>Luồng hình bị treo</translation>
    </message>
    <message>
        <source>Unsupported codec</source>
        <translation>Chuẩn nén không được hỗ trợ</translation>
    </message>
    <message>
        <source>The device answered something that is not a video stream</source>
        <translation>Thiết bị trả về dữ liệu không phải luồng video</translation>
    </message>
    <message>
        <source>No account stored for this EPE</source>
        <translation>Chưa lưu tài khoản cho DNCX này</translation>
    </message>
    <message>
        <source>The keyring cannot give the password</source>
        <translation>Kho mật khẩu không cung cấp được mật khẩu</translation>
    </message>
    <message>
        <source>The video player failed</source>
        <translation>Trình phát video bị lỗi</translation>
    </message>
</context>
<context>
    <name>TileWidget</name>
    <message>
        <source>{epe} · Camera {number} · {position}</source>
        <translation>{epe} · Camera {number} · {position}</translation>
    </message>
    <message>
        <source>Drag to another cell to swap; double-click to maximise or restore</source>
        <translation>Kéo sang ô khác để đổi chỗ; nhấp đúp để phóng to hoặc thu về</translation>
    </message>
    <message>
        <source>Save a snapshot of this camera (PNG)</source>
        <translation>Lưu ảnh chụp từ camera này (PNG)</translation>
    </message>
    <message>
        <source>Restore the wall (double-click the video)</source>
        <translation>Trở về tường video (nhấp đúp vào hình)</translation>
    </message>
    <message>
        <source>Maximise, main stream (double-click the video)</source>
        <translation>Phóng to, luồng chính (nhấp đúp vào hình)</translation>
    </message>
    <message>
        <source>Remove this camera from the wall</source>
        <translation>Bỏ camera này khỏi tường video</translation>
    </message>
    <message>
        <source>{fps} fps · {kbps} kbit/s</source>
        <translation>{fps} khung/giây · {kbps} kbit/s</translation>
    </message>
    <message>
        <source>Connecting… (attempt {0})</source>
        <translation>Đang kết nối… (lần thử {0})</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Live · {0}</source>
        <translation>Trực tiếp · {0}</translation>
    </message>
    <message>
        <source>Reconnecting in {0} s — {1}</source>
        <translation>Kết nối lại sau {0} giây — {1}</translation>
    </message>
    <message>
        <source>Failed: {0} — retry in {1} s</source>
        <translation>Lỗi: {0} — thử lại sau {1} giây</translation>
    </message>
    <message>
        <source>Paused while hidden</source>
        <translation>Tạm dừng khi bị ẩn</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <source>Waiting to be shown</source>
        <translation>Đang chờ hiển thị</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This text contains a URL with a user name or password. Remove them: passwords are kept only in the keyring.</source>
        <translation>Nội dung này chứa URL có tên đăng nhập hoặc mật khẩu. Hãy xóa chúng đi: mật khẩu chỉ được lưu trong kho mật khẩu.</translation>
    </message>
    <message>
        <source>This must be text.</source>
        <translation>Giá trị này phải là văn bản.</translation>
    </message>
    <message>
        <source>This text is too long (at most {limit} characters).</source>
        <translation>Nội dung quá dài (tối đa {limit} ký tự).</translation>
    </message>
    <message>
        <source>The phone number must have 8 to 15 digits, written with digits, spaces, +, - or dots only (e.g. 0251 3836 123 or +84 251 3836 123).</source>
        <translation>Số điện thoại phải có từ 8 đến 15 chữ số, chỉ gồm chữ số, dấu cách, +, - hoặc dấu chấm (VD: 0251 3836 123 hoặc +84 251 3836 123).</translation>
    </message>
    <message>
        <source>This must be a date.</source>
        <translation>Giá trị này phải là ngày.</translation>
    </message>
    <message>
        <source>The EPE name is required.</source>
        <translation>Phải nhập tên DNCX.</translation>
    </message>
    <message>
        <source>Choose how the EPE is connected: Internet, VPN or private channel.</source>
        <translation>Hãy chọn phương thức kết nối của DNCX: Internet, VPN hoặc kênh truyền riêng.</translation>
    </message>
    <message>
        <source>Choose a risk level: low, medium or high.</source>
        <translation>Hãy chọn mức rủi ro: thấp, trung bình hoặc cao.</translation>
    </message>
    <message>
        <source>The stream URL must not contain a user name or password. Remove them from the URL and store the EPE's account in the keyring instead.</source>
        <translation>URL luồng không được chứa tên đăng nhập hay mật khẩu. Hãy xóa chúng khỏi URL và lưu tài khoản của DNCX vào kho mật khẩu.</translation>
    </message>
    <message>
        <source>The stream URL must start with rtsp:// or rtsps:// (e.g. rtsp://192.168.1.64:554/Streaming/Channels/101).</source>
        <translation>URL luồng phải bắt đầu bằng rtsp:// hoặc rtsps:// (VD: rtsp://192.168.1.64:554/Streaming/Channels/101).</translation>
    </message>
    <message>
        <source>The stream URL needs a host name or IP address and, if given, a port number (e.g. rtsp://192.168.1.64:554/Streaming/Channels/101).</source>
        <translation>URL luồng cần có tên máy hoặc địa chỉ IP và số cổng (nếu có) hợp lệ (VD: rtsp://192.168.1.64:554/Streaming/Channels/101).</translation>
    </message>
    <message>
        <source>The camera number must be a whole number from 1 to 9999, as on the EPE's camera diagram.</source>
        <translation>Số hiệu camera phải là số nguyên từ 1 đến 9999, đúng như trên sơ đồ camera của DNCX.</translation>
    </message>
    <message>
        <source>Choose the camera's position: gate, storage area door, storage yard, inside storage or other.</source>
        <translation>Hãy chọn vị trí camera: cổng, cửa kho, bãi kho, trong kho hoặc vị trí khác.</translation>
    </message>
    <message>
        <source>Extra values must be text.</source>
        <translation>Các giá trị bổ sung phải là văn bản.</translation>
    </message>
    <message>
        <source>Another EPE already has this tax ID.</source>
        <translation>Đã có DNCX khác dùng mã số thuế này.</translation>
    </message>
    <message>
        <source>Another EPE already has this name.</source>
        <translation>Đã có DNCX khác mang tên này.</translation>
    </message>
    <message>
        <source>This EPE already has a camera with this number.</source>
        <translation>DNCX này đã có camera mang số hiệu này.</translation>
    </message>
    <message>
        <source>The camera's EPE is not in the registry.</source>
        <translation>DNCX của camera không có trong danh mục.</translation>
    </message>
    <message>
        <source>The tax ID is required.</source>
        <translation>Phải nhập mã số thuế.</translation>
    </message>
    <message>
        <source>The tax ID must have 10 digits, or 13 digits for a branch (e.g. 0100233488 or 0100233488-001), with a valid check digit.</source>
        <translation>Mã số thuế phải có 10 chữ số, hoặc 13 chữ số đối với chi nhánh (VD: 0100233488 hoặc 0100233488-001), với chữ số kiểm tra hợp lệ.</translation>
    </message>
</context>
<context>
    <name>WallStore</name>
    <message>
        <source>Give the wall a name.</source>
        <translation>Hãy đặt tên cho màn hình.</translation>
    </message>
    <message>
        <source>The wall name is too long (at most {limit} characters).</source>
        <translation>Tên màn hình quá dài (tối đa {limit} ký tự).</translation>
    </message>
    <message>
        <source>The saved wall "{name}" is damaged and cannot be opened. Delete it and save the wall again.</source>
        <translation>Màn hình đã lưu "{name}" bị hỏng và không mở được. Hãy xóa nó và lưu lại màn hình.</translation>
    </message>
    <message>
        <source>This is not a wall layout epewall can save.</source>
        <translation>Đây không phải là bố cục màn hình mà epewall có thể lưu.</translation>
    </message>
    <message>
        <source>You already have a saved wall with this name.</source>
        <translation>Bạn đã có một màn hình được lưu với tên này.</translation>
    </message>
</context>
<context>
    <name>WallWidget</name>
    <message>
        <source>No picture to save from {0} yet.</source>
        <translation>Chưa có hình ảnh nào từ {0} để lưu.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Interrupted; nothing was changed.</source>
        <translation>Đã ngắt; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Unexpected error; nothing was changed. Details are in the log: {path}</source>
        <translation>Lỗi ngoài dự kiến; chưa có gì bị thay đổi. Chi tiết có trong tệp nhật ký: {path}</translation>
    </message>
    <message>
        <source>Unknown sites command: {command}</source>
        <translation>Không có lệnh sites nào tên là: {command}</translation>
    </message>
    <message>
        <source>{path} was not imported: nothing was changed. Correct the lines above and try again.</source>
        <translation>Chưa nhập {path}: chưa có gì bị thay đổi. Hãy sửa các dòng nêu trên rồi thử lại.</translation>
    </message>
    <message>
        <source>Checked {path}: {rows} lines, no problems. Nothing was changed (dry run). Importing it would give:</source>
        <translation>Đã kiểm tra {path}: {rows} dòng, không có lỗi. Chưa có gì bị thay đổi (chạy thử). Nếu nhập thật, kết quả sẽ là:</translation>
    </message>
    <message>
        <source>Imported {path} ({rows} lines).</source>
        <translation>Đã nhập {path} ({rows} dòng).</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Không ghi được {path}: {reason}</translation>
    </message>
    <message>
        <source>Exported {epes} EPEs and {cameras} cameras to {path} (no passwords).</source>
        <translation>Đã xuất {epes} DNCX và {cameras} camera ra {path} (không kèm mật khẩu).</translation>
    </message>
    <message>
        <source>The registry is empty. Import EPEs and cameras with: epewall sites import FILE.csv</source>
        <translation>Danh mục đang trống. Hãy nhập DNCX và camera bằng lệnh: epewall sites import TỆP.csv</translation>
    </message>
    <message>
        <source>online</source>
        <translation>trực tuyến</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>khi có yêu cầu</translation>
    </message>
    <message>
        <source>[online]: Decision 247 requires this position to be connected to customs; [on request]: images provided when customs asks.</source>
        <translation>[trực tuyến]: Quyết định 247 bắt buộc vị trí này kết nối với cơ quan hải quan; [khi có yêu cầu]: hình ảnh được cung cấp khi hải quan yêu cầu.</translation>
    </message>
    <message>
        <source>EPE "{epe}": no password is stored in {backend} (account user "{user}"). Store it with: epewall credentials set "{epe}" --user "{user}"</source>
        <translation>DNCX "{epe}": chưa lưu mật khẩu trong {backend} (tài khoản "{user}"). Hãy lưu bằng lệnh: epewall credentials set "{epe}" --user "{user}"</translation>
    </message>
    <message>
        <source>EPE "{epe}": no account is stored in {backend}. Store it with: epewall credentials set "{epe}" --user NAME</source>
        <translation>DNCX "{epe}": chưa lưu tài khoản trong {backend}. Hãy lưu bằng lệnh: epewall credentials set "{epe}" --user TÊN</translation>
    </message>
    <message>
        <source>Deleted the password of EPE "{epe}" from {backend} and forgot its account.</source>
        <translation>Đã xóa mật khẩu của DNCX "{epe}" khỏi {backend} và bỏ tài khoản của DNCX.</translation>
    </message>
    <message>
        <source>EPE "{epe}" had no password in {backend}; its account is forgotten.</source>
        <translation>DNCX "{epe}" không có mật khẩu trong {backend}; đã bỏ tài khoản của DNCX.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mật khẩu: </translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>Nhập lại mật khẩu: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was stored.</source>
        <translation>Hai mật khẩu không khớp; chưa lưu gì.</translation>
    </message>
    <message>
        <source>The account user name (--user) must not be empty.</source>
        <translation>Tên tài khoản (--user) không được để trống.</translation>
    </message>
    <message>
        <source>The command failed unexpectedly; the details are in epewall's log file.</source>
        <translation>Lệnh bị lỗi ngoài dự kiến; chi tiết có trong tệp nhật ký của epewall.</translation>
    </message>
    <message>
        <source>No password on standard input. Give the password as the first line, e.g. from a file only you can read: epewall credentials set EPE --user NAME &lt; password.txt</source>
        <translation>Không có mật khẩu ở đầu vào chuẩn. Hãy đưa mật khẩu vào dòng đầu tiên, VD: từ một tệp chỉ mình bạn đọc được: epewall credentials set DNCX --user TÊN &lt; matkhau.txt</translation>
    </message>
    <message>
        <source>The password is empty; nothing was stored.</source>
        <translation>Mật khẩu trống; chưa lưu gì.</translation>
    </message>
    <message>
        <source>No password entered; nothing was stored.</source>
        <translation>Chưa nhập mật khẩu; chưa lưu gì.</translation>
    </message>
    <message>
        <source>Stored the password of account "{user}" for EPE "{epe}" in {backend}.</source>
        <translation>Đã lưu mật khẩu của tài khoản "{user}" cho DNCX "{epe}" vào {backend}.</translation>
    </message>
    <message>
        <source>No EPE is called "{epe}" or has that tax ID. See the registered EPEs with: epewall sites list</source>
        <translation>Không có DNCX nào tên là "{epe}" hoặc có mã số thuế đó. Xem các DNCX đã đăng ký bằng lệnh: epewall sites list</translation>
    </message>
    <message>
        <source>EPE "{epe}": a password is stored for account "{user}" in {backend}.</source>
        <translation>DNCX "{epe}": đã lưu mật khẩu cho tài khoản "{user}" trong {backend}.</translation>
    </message>
    <message>
        <source>{name} (tax ID {tax_id}, risk: {risk}): %n camera(s)</source>
        <translation>{name} (MST {tax_id}, rủi ro: {risk}): %n camera</translation>
    </message>
</context>
</TS>
