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
    <name>AcknowledgeDialog</name>
    <message>
        <source>Handover from the previous officer</source>
        <translation>Bàn giao ca của công chức ca trước</translation>
    </message>
    <message>
        <source>{name} handed this workstation over at {time}. Read the note, then confirm that you have read it: your confirmation is kept in the check log.</source>
        <translation>{name} đã bàn giao máy trạm này lúc {time}. Hãy đọc biên bản, rồi xác nhận đã đọc: xác nhận của bạn được lưu trong nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>I have &amp;read it</source>
        <translation>Tôi đã đọ&amp;c</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Lưu thành &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>AddEntryDialog</name>
    <message>
        <source>Whole EPE</source>
        <translation>Toàn bộ DNCX</translation>
    </message>
    <message>
        <source>What happened, what was done</source>
        <translation>Sự việc và việc đã làm</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Sự việc:</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Camera:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>&amp;Time (Vietnam):</source>
        <translation>&amp;Thời gian (giờ Việt Nam):</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Add a logbook entry</source>
        <translation>Thêm mục vào sổ nhật ký</translation>
    </message>
</context>
<context>
    <name>AddFromDevice</name>
    <message>
        <source>No password is stored for this EPE: type the device's password, or store the EPE's account first (Sites &gt; Set account).</source>
        <translation>Chưa lưu mật khẩu cho DNCX này: hãy nhập mật khẩu của thiết bị, hoặc lưu tài khoản truy cập của DNCX trước (Danh mục &gt; Đặt tài khoản truy cập).</translation>
    </message>
    <message>
        <source>The device gave no stream address for this source.</source>
        <translation>Thiết bị không cung cấp địa chỉ luồng cho nguồn này.</translation>
    </message>
    <message>
        <source>Give the camera's number on the EPE's diagram (1 or more).</source>
        <translation>Hãy nhập số hiệu của camera trên sơ đồ của DNCX (từ 1 trở lên).</translation>
    </message>
    <message>
        <source>This EPE has no camera {number} to update: choose "New camera", or give the number of the camera to update.</source>
        <translation>DNCX này không có camera số {number} để cập nhật: hãy chọn "Camera mới", hoặc nhập số hiệu của camera cần cập nhật.</translation>
    </message>
    <message>
        <source>This EPE already has a camera with this diagram number. Choose "Update camera {number}" to fill it from the device, or give another number.</source>
        <translation>DNCX này đã có camera mang số hiệu này trên sơ đồ. Hãy chọn "Cập nhật camera {number}" để lấy thông tin của camera đó từ thiết bị, hoặc nhập số hiệu khác.</translation>
    </message>
    <message>
        <source>Two cameras cannot have the same diagram number.</source>
        <translation>Hai camera không thể có cùng số hiệu trên sơ đồ.</translation>
    </message>
</context>
<context>
    <name>AddFromDeviceDialog</name>
    <message>
        <source>Add the EPE first: cameras belong to an EPE.</source>
        <translation>Hãy thêm DNCX trước: mỗi camera thuộc về một DNCX.</translation>
    </message>
    <message>
        <source>Give the user name of the EPE's account on the device.</source>
        <translation>Hãy nhập tên tài khoản của DNCX trên thiết bị.</translation>
    </message>
    <message>
        <source>Probing {address}…</source>
        <translation>Đang dò thiết bị {address}…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>The device could not be probed: {0}</source>
        <translation>Không dò được thiết bị: {0}</translation>
    </message>
    <message>
        <source>{manufacturer} {model}, firmware {firmware}</source>
        <translation>{manufacturer} {model}, firmware {firmware}</translation>
    </message>
    <message numerus="yes">
        <source>%n video source(s) found. Tick the ones to add and give each its number on the EPE's camera diagram.</source>
        <translation>
            <numerusform>Tìm thấy %n nguồn video. Hãy đánh dấu các nguồn cần thêm và nhập số hiệu của từng nguồn trên sơ đồ camera của DNCX.</numerusform>
        </translation>
    </message>
    <message>
        <source>The device lists no video sources.</source>
        <translation>Thiết bị không liệt kê nguồn video nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed: </source>
        <translation>
            <numerusform>%n lệnh gọi bị lỗi: </numerusform>
        </translation>
    </message>
    <message>
        <source>(no picture)</source>
        <translation>(không có hình)</translation>
    </message>
    <message>
        <source>already camera {0}</source>
        <translation>đã là camera {0}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>không rõ định dạng</translation>
    </message>
    <message>
        <source>New camera</source>
        <translation>Camera mới</translation>
    </message>
    <message>
        <source>Update camera {0}</source>
        <translation>Cập nhật camera {0}</translation>
    </message>
    <message>
        <source>Source {source}: {problem}</source>
        <translation>Nguồn {source}: {problem}</translation>
    </message>
    <message>
        <source>Add cameras from the device</source>
        <translation>Thêm camera từ thiết bị</translation>
    </message>
    <message>
        <source>&amp;EPE</source>
        <translation>&amp;DNCX</translation>
    </message>
    <message>
        <source>&amp;Device (host or host:port)</source>
        <translation>Thiết &amp;bị (tên máy hoặc tên máy:cổng)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Tên tài khoản</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <source>Leave empty to use the password stored for this EPE</source>
        <translation>Để trống để dùng mật khẩu đã lưu cho DNCX này</translation>
    </message>
    <message>
        <source>&amp;Find sources</source>
        <translation>Tìm &amp;nguồn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Add cameras</source>
        <translation>Thêm &amp;camera</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Hình ảnh</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Main stream</source>
        <translation>Luồng chính</translation>
    </message>
    <message>
        <source>Sub stream</source>
        <translation>Luồng phụ</translation>
    </message>
    <message>
        <source>PTZ</source>
        <translation>PTZ</translation>
    </message>
    <message>
        <source>Diagram no.</source>
        <translation>Số trên sơ đồ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend a check</source>
        <translation>Điều chỉnh lượt kiểm tra</translation>
    </message>
    <message>
        <source>Check of %1 by %2, %3. A closed check is never edited: the amendment is added to the log with your name, the time and the reason.</source>
        <translation>Lượt kiểm tra %1 do %2 thực hiện, %3. Lượt kiểm tra đã kết thúc không bao giờ bị sửa: nội dung điều chỉnh được ghi thêm vào nhật ký kèm tên của bạn, thời gian và lý do.</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>&amp;Container numbers:</source>
        <translation>Số &amp;container:</translation>
    </message>
    <message>
        <source>&amp;License plates:</source>
        <translation>&amp;Biển số xe:</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>epewall cannot start</source>
        <translation>Không khởi động được epewall</translation>
    </message>
    <message>
        <source>epewall: there is no screen %1 (this computer has %2); the tour “%3” runs on the primary screen.</source>
        <translation>epewall: không có màn hình %1 (máy này có %2 màn hình); vòng giám sát “%3” chạy trên màn hình chính.</translation>
    </message>
    <message>
        <source>epewall: there is no screen %1 (this computer has %2); the wall “%3” opens on the primary screen.</source>
        <translation>epewall: không có màn hình %1 (máy này có %2 màn hình); tường video “%3” được mở trên màn hình chính.</translation>
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
    <name>AttachDialog</name>
    <message>
        <source>Attach the manual vehicle and container log</source>
        <translation>Đính kèm sổ theo dõi thủ công phương tiện, container</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Choose the file of the manual log.</source>
        <translation>Hãy chọn tệp sổ theo dõi thủ công.</translation>
    </message>
    <message>
        <source>The file was not kept.</source>
        <translation>Tệp chưa được lưu.</translation>
    </message>
</context>
<context>
    <name>AttentionNotice</name>
    <message>
        <source>Interruptions to follow up</source>
        <translation>Gián đoạn cần theo dõi</translation>
    </message>
    <message>
        <source>{count} open interruption(s) need you today: {missing} not followed up today, {overdue} past the deadline.</source>
        <translation>{count} gián đoạn đang mở cần anh/chị xử lý hôm nay: {missing} chưa cập nhật hôm nay, {overdue} đã quá hạn.</translation>
    </message>
    <message>
        <source>cameras {numbers}, due {date}</source>
        <translation>camera {numbers}, hạn {date}</translation>
    </message>
    <message>
        <source>Open the register</source>
        <translation>Mở sổ theo dõi gián đoạn</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>BoardSeverity</name>
    <message>
        <source>Whole EPE dark</source>
        <translation>Cả DNCX mất tín hiệu</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Cameras down</source>
        <translation>Có camera gián đoạn</translation>
    </message>
    <message>
        <source>Not followed up today</source>
        <translation>Hôm nay chưa theo dõi</translation>
    </message>
    <message>
        <source>Interruption open</source>
        <translation>Đang có gián đoạn</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <source>All online</source>
        <translation>Tất cả trực tuyến</translation>
    </message>
</context>
<context>
    <name>CameraCondition</name>
    <message>
        <source>OK</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Không kết nối được</translation>
    </message>
    <message>
        <source>Answers, no picture</source>
        <translation>Có phản hồi, không có hình</translation>
    </message>
    <message>
        <source>Account refused</source>
        <translation>Tài khoản bị từ chối</translation>
    </message>
    <message>
        <source>Faulty reply</source>
        <translation>Phản hồi lỗi</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Chưa rõ</translation>
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
        <source>&amp;Test connection</source>
        <translation>&amp;Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Play the streams once with the EPE's account and show the codec, size and frame rate received</source>
        <translation>Phát thử các luồng một lần bằng tài khoản của DNCX và hiển thị chuẩn nén, kích thước khung hình và tốc độ khung hình nhận được</translation>
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
    <message>
        <source>Main stream</source>
        <translation>Luồng chính</translation>
    </message>
    <message>
        <source>Sub stream</source>
        <translation>Luồng phụ</translation>
    </message>
    <message>
        <source>The stream URLs changed after the connection test. Save the camera without testing the new URLs?</source>
        <translation>URL luồng đã thay đổi sau lần kiểm tra kết nối. Lưu camera mà không kiểm tra lại URL mới?</translation>
    </message>
    <message>
        <source>The connection test did not finish. Save the camera anyway?</source>
        <translation>Việc kiểm tra kết nối chưa hoàn tất. Vẫn lưu camera?</translation>
    </message>
    <message>
        <source>The connection test of this camera failed: its picture will not reach the wall. Save the camera anyway?</source>
        <translation>Kiểm tra kết nối camera này không thành công: hình ảnh sẽ không hiển thị được trên tường video. Vẫn lưu camera?</translation>
    </message>
    <message>
        <source>Save camera</source>
        <translation>Lưu camera</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Vẫn lưu</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Quay lại</translation>
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
    <name>CaseReport</name>
    <message>
        <source>{document}: {code} — {status}</source>
        <translation>{document}: {code} — {status}</translation>
    </message>
    <message>
        <source>Check by {officer}: {text}</source>
        <translation>Lượt kiểm tra của {officer}: {text}</translation>
    </message>
    <message>
        <source>Interruption of the cameras: {text}</source>
        <translation>Gián đoạn camera: {text}</translation>
    </message>
    <message>
        <source>{name}: {count} file(s); {verdict}</source>
        <translation>{name}: {count} tệp; {verdict}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>no document</source>
        <translation>không có chứng từ</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>bản kê</translation>
    </message>
    <message>
        <source>(read {read})</source>
        <translation>(đọc được {read})</translation>
    </message>
    <message>
        <source>crop</source>
        <translation>ảnh cắt</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>khung hình</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>ảnh chụp</translation>
    </message>
    <message>
        <source>To: the Head of the Customs Branch (Chi cục trưởng)</source>
        <translation>Kính gửi: Chi cục trưởng Chi cục Hải quan</translation>
    </message>
    <message>
        <source>Each file can be checked against its SHA-256: a file whose hash differs is not the one attached.</source>
        <translation>Mỗi tệp có thể đối chiếu với mã SHA-256 của nó: tệp có mã băm khác không phải là tệp đã đính kèm.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Time (Vietnam)</source>
        <translation>Thời gian (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>{name} — tax ID {tax_id}</source>
        <translation>{name} — mã số thuế {tax_id}</translation>
    </message>
    <message>
        <source>Case {id}, opened on {time} by {name} ({code}) from {origin}; state: {state}.</source>
        <translation>Vụ việc {id}, do {name} ({code}) mở lúc {time} từ {origin}; trạng thái: {state}.</translation>
    </message>
    <message>
        <source>Address: {address}</source>
        <translation>Địa chỉ: {address}</translation>
    </message>
    <message>
        <source>Officer reporting</source>
        <translation>Công chức báo cáo</translation>
    </message>
    <message>
        <source>(signature, full name)</source>
        <translation>(ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>Head of unit</source>
        <translation>Chi cục trưởng</translation>
    </message>
    <message>
        <source>(signature, full name, seal)</source>
        <translation>(ký, ghi rõ họ tên, đóng dấu)</translation>
    </message>
    <message>
        <source>{decision} — by {name} ({code}) on {time}.</source>
        <translation>{decision} — do {name} ({code}) quyết định lúc {time}.</translation>
    </message>
    <message>
        <source>Case report {id}</source>
        <translation>Báo cáo vụ việc {id}</translation>
    </message>
    <message>
        <source>1. Enterprise under supervision</source>
        <translation>1. Doanh nghiệp chịu sự giám sát hải quan</translation>
    </message>
    <message>
        <source>2. Facts (times in Vietnam time)</source>
        <translation>2. Sự việc (thời gian theo giờ Việt Nam)</translation>
    </message>
    <message>
        <source>3. Evidence</source>
        <translation>3. Chứng cứ</translation>
    </message>
    <message>
        <source>4. Proposal of the officer</source>
        <translation>4. Đề xuất của công chức</translation>
    </message>
    <message>
        <source>5. Decision of the head of unit</source>
        <translation>5. Ý kiến quyết định của Chi cục trưởng</translation>
    </message>
    <message>
        <source>No evidence is attached.</source>
        <translation>Chưa đính kèm chứng cứ nào.</translation>
    </message>
    <message>
        <source>Case {id}, hash-chained in the check log.</source>
        <translation>Vụ việc {id}, lưu trong nhật ký kiểm tra có chuỗi băm.</translation>
    </message>
    <message>
        <source>Reason: </source>
        <translation>Lý do: </translation>
    </message>
    <message>
        <source>Report on a suspected case</source>
        <translation>Báo cáo vụ việc nghi vấn</translation>
    </message>
    <message>
        <source>Note by {name} ({code}), {time}: {text}</source>
        <translation>Ghi chú của {name} ({code}), {time}: {text}</translation>
    </message>
    <message>
        <source>Camera supervision of export processing enterprises (Decision 247/QĐ-TCHQ, II.2.3)</source>
        <translation>Giám sát DNCX qua hệ thống camera (Quyết định 247/QĐ-TCHQ, mục II.2.3)</translation>
    </message>
    <message>
        <source>{time}, camera(s) {cameras}: {what}</source>
        <translation>{time}, camera {cameras}: {what}</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>The case could not be changed ({error}).</source>
        <translation>Không cập nhật được vụ việc ({error}).</translation>
    </message>
    <message>
        <source>Reading the case…</source>
        <translation>Đang đọc vụ việc…</translation>
    </message>
    <message>
        <source>Saved in the check log.</source>
        <translation>Đã lưu vào nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>Case {id} — {epe}</source>
        <translation>Vụ việc {id} — {epe}</translation>
    </message>
    <message>
        <source>{epe} (tax ID {tax_id}) — {state}; opened by {name} ({code}) on {time}</source>
        <translation>{epe} (mã số thuế {tax_id}) — {state}; do {name} ({code}) mở lúc {time}</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Sự việc</translation>
    </message>
    <message>
        <source>from {origin}</source>
        <translation>từ {origin}</translation>
    </message>
    <message>
        <source>Note by {name}, {time}</source>
        <translation>Ghi chú của {name}, {time}</translation>
    </message>
    <message>
        <source>Submitted on {time}. Proposal:</source>
        <translation>Đã trình lúc {time}. Đề xuất:</translation>
    </message>
    <message>
        <source>Decision of {name} on {time}: {decision}</source>
        <translation>Quyết định của {name} lúc {time}: {decision}</translation>
    </message>
    <message>
        <source>Attach a snapshot</source>
        <translation>Đính kèm ảnh chụp</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Computing the snapshot's SHA-256…</source>
        <translation>Đang tính mã SHA-256 của ảnh chụp…</translation>
    </message>
    <message>
        <source>Attach an evidence export</source>
        <translation>Đính kèm bản xuất chứng cứ</translation>
    </message>
    <message>
        <source>Checking the export against its manifest (SHA-256)…</source>
        <translation>Đang đối chiếu bản xuất với bản kê (SHA-256)…</translation>
    </message>
    <message>
        <source>Saving the note…</source>
        <translation>Đang lưu ghi chú…</translation>
    </message>
    <message>
        <source>Submitting the case to the head of unit…</source>
        <translation>Đang trình vụ việc lên Thủ trưởng đơn vị…</translation>
    </message>
    <message>
        <source>Save the case report as PDF</source>
        <translation>Lưu báo cáo vụ việc dạng PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Đã lưu {path}</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>Attach &amp;snapshot…</source>
        <translation>Đính kèm ảnh &amp;chụp…</translation>
    </message>
    <message>
        <source>Attach &amp;evidence export…</source>
        <translation>Đính kèm bản &amp;xuất chứng cứ…</translation>
    </message>
    <message>
        <source>A note for the case</source>
        <translation>Ghi chú cho vụ việc</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Thêm &amp;ghi chú</translation>
    </message>
    <message>
        <source>Your &amp;proposal to the head of unit:</source>
        <translation>Đề &amp;xuất của anh/chị lên Thủ trưởng đơn vị:</translation>
    </message>
    <message>
        <source>S&amp;ubmit to the head of unit</source>
        <translation>&amp;Trình Thủ trưởng đơn vị</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Quyết định…</translation>
    </message>
    <message>
        <source>Case &amp;report (PDF)…</source>
        <translation>&amp;Báo cáo vụ việc (PDF)…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Chứng cứ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>CaseViews</name>
    <message>
        <source>&amp;Cases sent to the head of unit…</source>
        <translation>&amp;Vụ việc trình Thủ trưởng đơn vị…</translation>
    </message>
    <message>
        <source>Suspected fraud reported with evidence (Decision 247 II.2.3)</source>
        <translation>Nghi vấn gian lận báo cáo kèm chứng cứ (Quyết định 247, mục II.2.3)</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Đã trình</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Verify at the EPE (inspection)</source>
        <translation>Kiểm tra, xác minh tại DNCX</translation>
    </message>
    <message>
        <source>Refer to the anti-smuggling unit</source>
        <translation>Chuyển Đội kiểm soát chống buôn lậu</translation>
    </message>
    <message>
        <source>No violation: close</source>
        <translation>Không vi phạm: kết thúc</translation>
    </message>
    <message>
        <source>Reconciliation row</source>
        <translation>Dòng đối chiếu</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Lượt kiểm tra</translation>
    </message>
    <message>
        <source>Interruption</source>
        <translation>Gián đoạn</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Ảnh chụp</translation>
    </message>
    <message>
        <source>Evidence export</source>
        <translation>Bản xuất chứng cứ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>a reconciliation discrepancy</source>
        <translation>một sai lệch khi đối chiếu</translation>
    </message>
    <message>
        <source>a check finding</source>
        <translation>một phát hiện khi kiểm tra</translation>
    </message>
    <message>
        <source>an interruption</source>
        <translation>một gián đoạn</translation>
    </message>
    <message>
        <source>the officer's own observation</source>
        <translation>quan sát của công chức</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>Không có vụ việc này.</translation>
    </message>
    <message>
        <source>Write the facts: what was seen, when and on which camera.</source>
        <translation>Hãy ghi sự việc: thấy gì, lúc nào, trên camera nào.</translation>
    </message>
    <message>
        <source>Write your proposal to the head of unit.</source>
        <translation>Hãy ghi đề xuất lên Thủ trưởng đơn vị.</translation>
    </message>
    <message>
        <source>Choose a decision.</source>
        <translation>Hãy chọn quyết định.</translation>
    </message>
    <message>
        <source>Write the reason for the decision.</source>
        <translation>Hãy ghi lý do của quyết định.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Ghi chú đang trống.</translation>
    </message>
    <message>
        <source>This item cannot be attached: it is incomplete.</source>
        <translation>Không đính kèm được mục này: thiếu thông tin.</translation>
    </message>
    <message>
        <source>This case is closed: nothing more can be added.</source>
        <translation>Vụ việc đã kết thúc: không thể thêm gì nữa.</translation>
    </message>
    <message>
        <source>This case was submitted: only notes can be added to it now.</source>
        <translation>Vụ việc đã được trình: bây giờ chỉ thêm được ghi chú.</translation>
    </message>
    <message>
        <source>Only the officer who opened this case adds to it.</source>
        <translation>Chỉ công chức mở vụ việc mới được bổ sung vào vụ việc.</translation>
    </message>
    <message>
        <source>This case was already submitted.</source>
        <translation>Vụ việc này đã được trình.</translation>
    </message>
    <message>
        <source>Only the officer who opened this case submits it.</source>
        <translation>Chỉ công chức mở vụ việc mới được trình vụ việc.</translation>
    </message>
    <message>
        <source>You opened this case: another team lead decides it.</source>
        <translation>Anh/chị đã mở vụ việc này: một tổ trưởng khác sẽ quyết định.</translation>
    </message>
    <message>
        <source>This case has not been submitted yet.</source>
        <translation>Vụ việc này chưa được trình.</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>Vụ việc này đã kết thúc.</translation>
    </message>
    <message>
        <source>{folder} is not an evidence export: it has no readable manifest.</source>
        <translation>{folder} không phải bản xuất chứng cứ: không có bản kê đọc được.</translation>
    </message>
    <message>
        <source>The text is too long: at most {count} characters.</source>
        <translation>Nội dung quá dài: tối đa {count} ký tự.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}).</source>
        <translation>Không đọc được {path} ({error}).</translation>
    </message>
    <message>
        <source>Several cases start with {prefix}: give more of the ID.</source>
        <translation>Có nhiều vụ việc bắt đầu bằng {prefix}: hãy ghi thêm ký tự của mã.</translation>
    </message>
    <message>
        <source>Unknown state {state}: use draft, submitted or closed.</source>
        <translation>Không có trạng thái {state}: dùng draft, submitted hoặc closed.</translation>
    </message>
    <message>
        <source>{path} is far too large to be a snapshot.</source>
        <translation>{path} quá lớn, không thể là ảnh chụp.</translation>
    </message>
</context>
<context>
    <name>CasesWindow</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n vụ việc</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases sent to the head of unit</source>
        <translation>Vụ việc trình Thủ trưởng đơn vị</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Trạng thái:</translation>
    </message>
    <message>
        <source>&amp;EPE:</source>
        <translation>&amp;DNCX:</translation>
    </message>
    <message>
        <source>name or tax ID</source>
        <translation>tên hoặc mã số thuế</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Mở vụ việc mới…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>EPE</source>
        <translation>DNCX</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Người mở</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ngày mở</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Cập nhật cuối</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Số mục</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <source>Change my PIN</source>
        <translation>Đổi mã PIN của tôi</translation>
    </message>
    <message>
        <source>&amp;Current PIN:</source>
        <translation>Mã PIN &amp;hiện tại:</translation>
    </message>
    <message>
        <source>&amp;New PIN (6–12 digits):</source>
        <translation>Mã PIN &amp;mới (6–12 chữ số):</translation>
    </message>
    <message>
        <source>New PIN &amp;again:</source>
        <translation>&amp;Nhập lại mã PIN mới:</translation>
    </message>
    <message>
        <source>The two new PINs are not the same.</source>
        <translation>Hai mã PIN mới không khớp.</translation>
    </message>
</context>
<context>
    <name>ChannelState</name>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Đang kết nối</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <source>Not on the wall</source>
        <translation>Không có trên tường video</translation>
    </message>
</context>
<context>
    <name>CheckLogDialog</name>
    <message>
        <source>Check log — %1 (%2)</source>
        <translation>Nhật ký kiểm tra — %1 (%2)</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Tất cả các tháng</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Tất cả công chức</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Tháng:</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>EPE</source>
        <translation>DNCX</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Công chức</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Cameras watched</source>
        <translation>Camera đã xem</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>Biển số xe</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Điều chỉnh</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>Điều &amp;chỉnh…</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation>&amp;Xác minh nhật ký</translation>
    </message>
    <message>
        <source>Check that no record of the log was changed, removed or inserted since it was written</source>
        <translation>Kiểm tra xem có bản ghi nào của nhật ký bị thay đổi, xóa hoặc chèn thêm kể từ khi được ghi hay không</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Open a &amp;case…</source>
        <translation>Mở &amp;vụ việc…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>%1 camera(s), %2</source>
        <translation>%1 camera, %2</translation>
    </message>
    <message>
        <source>Started outside working time</source>
        <translation>Bắt đầu ngoài giờ làm việc</translation>
    </message>
    <message>
        <source>%1 check(s)</source>
        <translation>%1 lượt kiểm tra</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Theo kế hoạch</translation>
    </message>
    <message>
        <source>Unscheduled: %1</source>
        <translation>Đột xuất: %1</translation>
    </message>
    <message>
        <source>%1 to %2, by %3 (%4). %5.</source>
        <translation>Từ %1 đến %2, do %3 (%4) thực hiện. %5.</translation>
    </message>
    <message>
        <source>Started outside working time.</source>
        <translation>Bắt đầu ngoài giờ làm việc.</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Kết quả: %1</translation>
    </message>
    <message>
        <source>Containers: %1</source>
        <translation>Container: %1</translation>
    </message>
    <message>
        <source>Plates: %1</source>
        <translation>Biển số xe: %1</translation>
    </message>
    <message>
        <source>no. %1: %2</source>
        <translation>số %1: %2</translation>
    </message>
    <message>
        <source>Cameras watched: %1</source>
        <translation>Camera đã xem: %1</translation>
    </message>
    <message>
        <source>Snapshots: %1</source>
        <translation>Ảnh chụp: %1</translation>
    </message>
    <message>
        <source>result → %1</source>
        <translation>kết quả → %1</translation>
    </message>
    <message>
        <source>notes → “%1”</source>
        <translation>ghi chú → “%1”</translation>
    </message>
    <message>
        <source>containers → %1</source>
        <translation>container → %1</translation>
    </message>
    <message>
        <source>plates → %1</source>
        <translation>biển số xe → %1</translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4. Why: %5</source>
        <translation>%1, %2 (%3): %4. Lý do: %5</translation>
    </message>
    <message>
        <source>Verifying the log…</source>
        <translation>Đang xác minh nhật ký…</translation>
    </message>
    <message>
        <source>The log is intact: %1 record(s) checked, none changed, removed or inserted.</source>
        <translation>Nhật ký còn nguyên vẹn: đã kiểm tra %1 bản ghi, không có bản ghi nào bị thay đổi, xóa hoặc chèn thêm.</translation>
    </message>
    <message>
        <source>The log was tampered with at record %1 (%2): %3 Tell your team lead.</source>
        <translation>Nhật ký đã bị can thiệp tại bản ghi %1 (%2): %3 Hãy báo cho tổ trưởng.</translation>
    </message>
    <message>
        <source>The log was tampered with: %1 Tell your team lead.</source>
        <translation>Nhật ký đã bị can thiệp: %1 Hãy báo cho tổ trưởng.</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Đã hủy xác minh.</translation>
    </message>
    <message>
        <source>The log could not be verified: %1</source>
        <translation>Không xác minh được nhật ký: %1</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Your check of %1 started at %2 was not ended; it is open again.</source>
        <translation>Lượt kiểm tra %1 của bạn bắt đầu lúc %2 chưa được kết thúc; lượt kiểm tra đã được mở lại.</translation>
    </message>
    <message>
        <source>Discard check</source>
        <translation>Hủy bỏ lượt kiểm tra</translation>
    </message>
    <message>
        <source>Discard this check of %1? Nothing of it is kept in the log.</source>
        <translation>Hủy bỏ lượt kiểm tra %1? Nhật ký sẽ không lưu lại bất kỳ nội dung nào của lượt kiểm tra này.</translation>
    </message>
    <message>
        <source>no. %1 %2</source>
        <translation>số %1 %2</translation>
    </message>
    <message>
        <source>live</source>
        <translation>trực tiếp</translation>
    </message>
    <message>
        <source>playback</source>
        <translation>xem lại</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <source>Log in to record checks (Rotation ▸ Switch officer).</source>
        <translation>Hãy đăng nhập để ghi nhận lượt kiểm tra (Ca trực ▸ Đổi công chức).</translation>
    </message>
    <message>
        <source>Your role (%1) does not record checks.</source>
        <translation>Vai trò của bạn (%1) không ghi nhận lượt kiểm tra.</translation>
    </message>
    <message>
        <source>Checking: %1</source>
        <translation>Đang kiểm tra: %1</translation>
    </message>
    <message>
        <source>Selected EPE: %1</source>
        <translation>DNCX đã chọn: %1</translation>
    </message>
    <message>
        <source>Select an EPE in the site tree to check it.</source>
        <translation>Hãy chọn một DNCX trong cây danh mục để kiểm tra.</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>theo kế hoạch</translation>
    </message>
    <message>
        <source>unscheduled: %1</source>
        <translation>đột xuất: %1</translation>
    </message>
    <message>
        <source>Started %1 (%2).</source>
        <translation>Bắt đầu lúc %1 (%2).</translation>
    </message>
    <message>
        <source>⚠ Started outside working time: the check is marked so in the log.</source>
        <translation>⚠ Bắt đầu ngoài giờ làm việc: lượt kiểm tra được đánh dấu như vậy trong nhật ký.</translation>
    </message>
    <message>
        <source>Last check: %1, %2–%3, %4.</source>
        <translation>Lượt kiểm tra gần nhất: %1, %2–%3, %4.</translation>
    </message>
    <message>
        <source>Amended %1 time(s).</source>
        <translation>Đã điều chỉnh %1 lần.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Start a check</source>
        <translation>Bắt đầu lượt kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Căn cứ:</translation>
    </message>
    <message>
        <source>Risk list entry, warning or tip: what prompted this check</source>
        <translation>Mục trong danh sách rủi ro, cảnh báo hoặc tin báo: điều gì dẫn đến lượt kiểm tra này</translation>
    </message>
    <message>
        <source>&amp;Start check</source>
        <translation>&amp;Bắt đầu kiểm tra</translation>
    </message>
    <message>
        <source>Start a &amp;check of the selected EPE</source>
        <translation>Bắt đầu &amp;kiểm tra DNCX đã chọn</translation>
    </message>
    <message>
        <source>Check in progress</source>
        <translation>Lượt kiểm tra đang diễn ra</translation>
    </message>
    <message>
        <source>Cameras watched (recorded by epewall):</source>
        <translation>Camera đã xem (do epewall ghi nhận):</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Đã xem</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>&amp;Containers:</source>
        <translation>Số co&amp;ntainer:</translation>
    </message>
    <message>
        <source>&amp;Plates:</source>
        <translation>&amp;Biển số xe:</translation>
    </message>
    <message>
        <source>Snapshots:</source>
        <translation>Ảnh chụp:</translation>
    </message>
    <message>
        <source>What you saw, compared with the declarations</source>
        <translation>Những gì bạn quan sát được, đối chiếu với nội dung khai báo</translation>
    </message>
    <message>
        <source>e.g. CSQU3054383, MSKU1234565</source>
        <translation>VD: CSQU3054383, MSKU1234565</translation>
    </message>
    <message>
        <source>e.g. 51C-123.45, 29H 12345</source>
        <translation>VD: 51C-123.45, 29H 12345</translation>
    </message>
    <message>
        <source>Snapshots of this EPE's cameras taken during the check are attached as evidence.</source>
        <translation>Các ảnh chụp từ camera của DNCX này trong lượt kiểm tra được đính kèm làm chứng cứ.</translation>
    </message>
    <message>
        <source>&amp;End check</source>
        <translation>Kết &amp;thúc kiểm tra</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>&amp;Amend last check…</source>
        <translation>Điều chỉnh lượt kiểm tra &amp;gần nhất…</translation>
    </message>
</context>
<context>
    <name>CheckReason</name>
    <message>
        <source>Planned</source>
        <translation>Theo kế hoạch</translation>
    </message>
    <message>
        <source>Risk list</source>
        <translation>Danh sách rủi ro</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Tip-off</source>
        <translation>Tin báo</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Lý do khác</translation>
    </message>
    <message>
        <source>Declarations reconciliation</source>
        <translation>Đối chiếu tờ khai</translation>
    </message>
</context>
<context>
    <name>CheckResult</name>
    <message>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>Irregularity</source>
        <translation>Bất thường</translation>
    </message>
    <message>
        <source>Suspected violation</source>
        <translation>Nghi vấn vi phạm</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>{number} is not a valid container number (4 letters, 6 digits and a check digit, e.g. CSQU3054383).</source>
        <translation>{number} không phải số container hợp lệ (4 chữ cái, 6 chữ số và 1 chữ số kiểm tra, VD: CSQU3054383).</translation>
    </message>
    <message>
        <source>{plate} does not look like a Vietnamese license plate (e.g. 51C-123.45 or 29H 12345).</source>
        <translation>{plate} không giống biển số xe Việt Nam (VD: 51C-123.45 hoặc 29H 12345).</translation>
    </message>
    <message>
        <source>Choose a result: normal, irregularity or suspected violation.</source>
        <translation>Hãy chọn kết quả: bình thường, bất thường hoặc nghi vấn vi phạm.</translation>
    </message>
    <message>
        <source>The notes are too long.</source>
        <translation>Ghi chú quá dài.</translation>
    </message>
    <message>
        <source>Describe what you saw: an irregularity or suspected violation needs a note.</source>
        <translation>Hãy mô tả những gì bạn quan sát được: kết quả bất thường hoặc nghi vấn vi phạm phải có ghi chú.</translation>
    </message>
    <message>
        <source>Say why this unscheduled check is made.</source>
        <translation>Hãy nêu lý do tiến hành lượt kiểm tra đột xuất này.</translation>
    </message>
    <message>
        <source>This check is already ended.</source>
        <translation>Lượt kiểm tra này đã kết thúc.</translation>
    </message>
    <message>
        <source>Say why the check is amended.</source>
        <translation>Hãy nêu lý do điều chỉnh lượt kiểm tra.</translation>
    </message>
    <message>
        <source>The amendment changes nothing.</source>
        <translation>Nội dung điều chỉnh không thay đổi gì.</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <source>Pass</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Miễn áp dụng</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Không kết nối được</translation>
    </message>
    <message>
        <source>ONVIF</source>
        <translation>ONVIF</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Độ phân giải</translation>
    </message>
    <message>
        <source>Frame rate (configured)</source>
        <translation>Tốc độ khung hình (cấu hình)</translation>
    </message>
    <message>
        <source>Frame rate (delivered)</source>
        <translation>Tốc độ khung hình (thực tế)</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Chuẩn nén</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>không báo</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>không có hình</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>có phản hồi</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>có phản hồi</translation>
    </message>
    <message>
        <source>No account for this EPE is stored in the keyring.</source>
        <translation>Kho mật khẩu chưa lưu tài khoản nào cho DNCX này.</translation>
    </message>
    <message>
        <source>The EPE's licence and establishment dates are not recorded: checked in full.</source>
        <translation>Chưa ghi ngày cấp phép và ngày thành lập của DNCX: kiểm tra đầy đủ mọi tiêu chí.</translation>
    </message>
    <message>
        <source>Checked at (UTC+7)</source>
        <translation>Thời điểm kiểm tra (UTC+7)</translation>
    </message>
    <message>
        <source>No ONVIF address is set for this EPE: give its ONVIF device (NVR) address in the EPE's details (Sites &gt; Edit EPE), or add its cameras with "Add from device".</source>
        <translation>Chưa khai báo địa chỉ ONVIF của DNCX này: hãy nhập địa chỉ thiết bị ONVIF (đầu ghi) trong thông tin DNCX (Danh mục &gt; Sửa DNCX), hoặc thêm camera bằng "Thêm camera từ thiết bị".</translation>
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
        <source>EPE verdict</source>
        <translation>Kết luận đối với DNCX</translation>
    </message>
    <message>
        <source>Camera no.</source>
        <translation>Số hiệu camera</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Camera verdict</source>
        <translation>Kết luận đối với camera</translation>
    </message>
    <message>
        <source>Failing items</source>
        <translation>Hạng mục không đạt</translation>
    </message>
    <message>
        <source>Main stream</source>
        <translation>Luồng chính</translation>
    </message>
    <message>
        <source>Delivered fps</source>
        <translation>Khung/giây thực tế</translation>
    </message>
    <message>
        <source>Clock offset (s)</source>
        <translation>Lệch đồng hồ (giây)</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Licensed on {date}, before Decree 18/2021/ND-CP took effect (2021-04-25).</source>
        <translation>Được cấp phép ngày {date}, trước khi Nghị định 18/2021/NĐ-CP có hiệu lực (2021-04-25).</translation>
    </message>
    <message>
        <source>Established on {date}, between 2021-04-25 and Decision 247 (2022-03-02), with a camera system already operating.</source>
        <translation>Thành lập ngày {date}, trong khoảng từ 2021-04-25 đến trước Quyết định 247 (2022-03-02), khi đã có hệ thống camera đang hoạt động.</translation>
    </message>
    <message>
        <source>camera not found on the device</source>
        <translation>không tìm thấy camera trên thiết bị</translation>
    </message>
    <message>
        <source>Checking {count} EPEs…</source>
        <translation>Đang kiểm tra {count} DNCX…</translation>
    </message>
    <message>
        <source>Measuring the frame rate of {camera}…</source>
        <translation>Đang đo tốc độ khung hình của {camera}…</translation>
    </message>
    <message>
        <source>The check was stopped or failed.</source>
        <translation>Việc kiểm tra đã bị dừng hoặc bị lỗi.</translation>
    </message>
    <message>
        <source>{epe}: {verdict}</source>
        <translation>{epe}: {verdict}</translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message>
        <source>Appendix I compliance of EPE camera systems</source>
        <translation>Mức độ đáp ứng Phụ lục I của hệ thống camera DNCX</translation>
    </message>
    <message>
        <source>CAMERA SYSTEMS OF EXPORT PROCESSING ENTERPRISES</source>
        <translation>HỆ THỐNG CAMERA CỦA CÁC DOANH NGHIỆP CHẾ XUẤT</translation>
    </message>
    <message>
        <source>Check against the minimum technical requirements (Appendix I)</source>
        <translation>Kiểm tra mức độ đáp ứng yêu cầu kỹ thuật tối thiểu (Phụ lục I)</translation>
    </message>
    <message>
        <source>Decision 247/QĐ-TCHQ, section I.1.3</source>
        <translation>Quyết định 247/QĐ-TCHQ, mục I.1.3</translation>
    </message>
    <message>
        <source>Report made:</source>
        <translation>Thời điểm lập báo cáo:</translation>
    </message>
    <message>
        <source>(Vietnam time)</source>
        <translation>(giờ Việt Nam)</translation>
    </message>
    <message>
        <source>EPEs checked:</source>
        <translation>Số DNCX được kiểm tra:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>EPE / camera</source>
        <translation>DNCX / camera</translation>
    </message>
    <message>
        <source>Tax ID / main stream</source>
        <translation>MST / luồng chính</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Thời điểm kiểm tra</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Failing items and remarks</source>
        <translation>Hạng mục không đạt và ghi chú</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Người lập</translation>
    </message>
    <message>
        <source>(signature, full name)</source>
        <translation>(ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>Head of unit</source>
        <translation>Thủ trưởng đơn vị</translation>
    </message>
    <message>
        <source>(signature, full name, seal)</source>
        <translation>(ký, ghi rõ họ tên, đóng dấu)</translation>
    </message>
    <message>
        <source>The PDF report could not be written to {path}.</source>
        <translation>Không ghi được báo cáo PDF vào {path}.</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>{fps} fps delivered</source>
        <translation>{fps} khung/giây thực tế</translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation>Camera {number}</translation>
    </message>
</context>
<context>
    <name>ComplianceView</name>
    <message>
        <source>Reading the registry and the keyring…</source>
        <translation>Đang đọc danh mục và kho mật khẩu…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>{done} of {total} EPEs checked — {last}</source>
        <translation>Đã kiểm tra {done}/{total} DNCX — {last}</translation>
    </message>
    <message>
        <source>Check finished ({when}); the results are stored.</source>
        <translation>Đã kiểm tra xong ({when}); kết quả đã được lưu.</translation>
    </message>
    <message>
        <source>The registry has no EPEs to check.</source>
        <translation>Danh mục không có DNCX nào để kiểm tra.</translation>
    </message>
    <message>
        <source>Cancelled: the results of the last complete check are shown.</source>
        <translation>Đã hủy: đang hiển thị kết quả của lần kiểm tra đầy đủ gần nhất.</translation>
    </message>
    <message>
        <source>The check failed: {0}</source>
        <translation>Kiểm tra bị lỗi: {0}</translation>
    </message>
    <message>
        <source>{0} fps delivered</source>
        <translation>{0} khung/giây thực tế</translation>
    </message>
    <message>
        <source>Camera {0}</source>
        <translation>Camera {0}</translation>
    </message>
    <message>
        <source>No EPE has been checked yet. "Check all EPEs" checks every EPE of the registry.</source>
        <translation>Chưa kiểm tra DNCX nào. Nút "Kiểm tra tất cả DNCX" sẽ kiểm tra mọi DNCX trong danh mục.</translation>
    </message>
    <message>
        <source>{count} EPEs — pass: {passed}, fail: {failed}, exempt: {exempt}, unreachable: {unreachable}. Last checked {when} (Vietnam time).</source>
        <translation>{count} DNCX — đạt: {passed}, không đạt: {failed}, miễn áp dụng: {exempt}, không kết nối được: {unreachable}. Kiểm tra gần nhất lúc {when} (giờ Việt Nam).</translation>
    </message>
    <message>
        <source>Export compliance results</source>
        <translation>Xuất kết quả kiểm tra mức độ đáp ứng</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: {0}</source>
        <translation>Không ghi được tệp: {0}</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Đã xuất ra {0}</translation>
    </message>
    <message>
        <source>Save the compliance report</source>
        <translation>Lưu báo cáo mức độ đáp ứng</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to {0}</source>
        <translation>Đã lưu báo cáo vào {0}</translation>
    </message>
    <message>
        <source>Appendix I compliance of EPE cameras</source>
        <translation>Mức độ đáp ứng Phụ lục I của camera DNCX</translation>
    </message>
    <message>
        <source>&amp;Check all EPEs</source>
        <translation>&amp;Kiểm tra tất cả DNCX</translation>
    </message>
    <message>
        <source>Ask every EPE's camera or NVR for its streams and measure the frame rate it delivers (Decision 247, Appendix I)</source>
        <translation>Yêu cầu camera hoặc đầu ghi của từng DNCX cung cấp thông tin các luồng và đo tốc độ khung hình thực tế (Quyết định 247, Phụ lục I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <source>Save &amp;PDF report…</source>
        <translation>Lưu báo cáo &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>EPE / camera</source>
        <translation>DNCX / camera</translation>
    </message>
    <message>
        <source>Tax ID / no.</source>
        <translation>MST / số hiệu</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Thời điểm kiểm tra</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
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
    <name>ConnectionTest</name>
    <message>
        <source>{codec} {width}×{height}, {fps} fps received ({kbps} kbit/s)</source>
        <translation>{codec} {width}×{height}, nhận được {fps} khung/giây ({kbps} kbit/s)</translation>
    </message>
    <message>
        <source>Receiving the stream…</source>
        <translation>Đang nhận luồng…</translation>
    </message>
    <message>
        <source>Connecting to {url}…</source>
        <translation>Đang kết nối tới {url}…</translation>
    </message>
</context>
<context>
    <name>ConnectionTestDialog</name>
    <message>
        <source>Done.</source>
        <translation>Hoàn tất.</translation>
    </message>
    <message>
        <source>Give a stream URL first.</source>
        <translation>Hãy nhập URL luồng trước.</translation>
    </message>
    <message>
        <source>(the stream declares {0} fps)</source>
        <translation>(luồng khai báo {0} khung/giây)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>Failed: {0}</source>
        <translation>Lỗi: {0}</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>EPE</source>
        <translation>DNCX</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Mức rủi ro</translation>
    </message>
    <message>
        <source>Checks this month</source>
        <translation>Lượt kiểm tra trong tháng</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Planned and done</source>
        <translation>Đã thực hiện theo kế hoạch</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Lượt kiểm tra gần nhất</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Người kiểm tra</translation>
    </message>
    <message>
        <source>Responsible officers</source>
        <translation>Công chức phụ trách</translation>
    </message>
    <message>
        <source>Officer code</source>
        <translation>Mã công chức</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Công chức</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Lượt kiểm tra</translation>
    </message>
    <message>
        <source>Planned checks</source>
        <translation>Lượt kiểm tra theo kế hoạch</translation>
    </message>
    <message>
        <source>Unscheduled checks</source>
        <translation>Lượt kiểm tra đột xuất</translation>
    </message>
    <message>
        <source>Outside working time</source>
        <translation>Ngoài giờ làm việc</translation>
    </message>
    <message>
        <source>EPEs checked</source>
        <translation>DNCX đã kiểm tra</translation>
    </message>
    <message>
        <source>Planned for the officer</source>
        <translation>Kế hoạch giao cho công chức</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Điều chỉnh</translation>
    </message>
    <message>
        <source>Check ID</source>
        <translation>Mã lượt kiểm tra</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>This workstation has no team key yet, so log files can be neither signed nor checked. Ask the team lead for the key and enter it with 'epewall log key set'.</source>
        <translation>Máy trạm này chưa có khóa của tổ nên không thể ký hay kiểm tra tệp nhật ký. Hãy xin tổ trưởng khóa này và nhập bằng lệnh 'epewall log key set'.</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <source>{month}: {checked} of {total} EPEs checked ({share:.0f} %)</source>
        <translation>{month}: đã kiểm tra {checked}/{total} DNCX ({share:.0f} %)</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Chưa có dữ liệu.</translation>
    </message>
</context>
<context>
    <name>CoverageTableModel</name>
    <message>
        <source>EPE</source>
        <translation>DNCX</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Rủi ro</translation>
    </message>
    <message>
        <source>Done / planned</source>
        <translation>Đã thực hiện / kế hoạch</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Lượt kiểm tra gần nhất</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Công chức</translation>
    </message>
    <message>
        <source>Not checked yet this month. Responsible: {officers}</source>
        <translation>Chưa được kiểm tra trong tháng này. Phụ trách: {officers}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>không có ai</translation>
    </message>
    <message>
        <source>Responsible: {officers}</source>
        <translation>Phụ trách: {officers}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Not checked this month</source>
        <translation>Chưa được kiểm tra trong tháng này</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(chưa phân công)</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>The coverage could not be computed: {error}</source>
        <translation>Không tính được mức độ bao phủ: {error}</translation>
    </message>
    <message>
        <source>Share of EPEs checked at least once, by month</source>
        <translation>Tỷ lệ DNCX được kiểm tra ít nhất một lần, theo tháng</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>{checked} of {total} EPEs checked in {month} ({percent:.0f} %).</source>
        <translation>Đã kiểm tra {checked}/{total} DNCX trong {month} ({percent:.0f} %).</translation>
    </message>
    <message numerus="yes">
        <source>%n EPE(s) not checked yet, listed first.</source>
        <translation>
            <numerusform>Có %n DNCX chưa được kiểm tra, được xếp lên đầu danh sách.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save coverage as CSV</source>
        <translation>Lưu mức độ bao phủ thành tệp CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save coverage report as PDF</source>
        <translation>Lưu báo cáo mức độ bao phủ thành tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Đã lưu {path}.</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>Chưa lưu được tệp</translation>
    </message>
    <message>
        <source>Export my log of the month</source>
        <translation>Xuất nhật ký của tôi trong tháng</translation>
    </message>
    <message>
        <source>epewall log files (*{suffix})</source>
        <translation>Tệp nhật ký epewall (*{suffix})</translation>
    </message>
    <message>
        <source>Import log files</source>
        <translation>Nhập tệp nhật ký</translation>
    </message>
    <message>
        <source>Importing {file} ({done} of {total})…</source>
        <translation>Đang nhập {file} ({done}/{total})…</translation>
    </message>
    <message>
        <source>Exported {checks} checks ({records} records) to {path}. Give this file to the team lead.</source>
        <translation>Đã xuất {checks} lượt kiểm tra ({records} bản ghi) ra {path}. Hãy gửi tệp này cho tổ trưởng.</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Tệp nhật ký</translation>
    </message>
    <message>
        <source>{file}: {added} new records ({checks} checks), {duplicates} already here (exported by {officer}, month {month}).</source>
        <translation>{file}: {added} bản ghi mới ({checks} lượt kiểm tra), {duplicates} bản ghi đã có (do {officer} xuất, tháng {month}).</translation>
    </message>
    <message>
        <source>Log files imported</source>
        <translation>Đã nhập tệp nhật ký</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Mức độ bao phủ</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Tháng:</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Tháng sau</translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation>Mức rủi ro:</translation>
    </message>
    <message>
        <source>All EPEs</source>
        <translation>Tất cả DNCX</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Lưu thành CSV…</translation>
    </message>
    <message>
        <source>Export my log…</source>
        <translation>Xuất nhật ký của tôi…</translation>
    </message>
    <message>
        <source>Save your checks of this month as a signed file for the team lead</source>
        <translation>Lưu các lượt kiểm tra của bạn trong tháng này thành tệp có chữ ký để gửi tổ trưởng</translation>
    </message>
    <message>
        <source>Import logs…</source>
        <translation>Nhập nhật ký…</translation>
    </message>
    <message>
        <source>Add the log files exported on other workstations; duplicates are skipped and a changed file is refused</source>
        <translation>Thêm các tệp nhật ký được xuất từ máy trạm khác; bản ghi trùng sẽ được bỏ qua và tệp đã bị thay đổi sẽ bị từ chối</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>Báo cáo PDF…</translation>
    </message>
    <message>
        <source>The month's report with sign-off lines for the officer and the team lead</source>
        <translation>Báo cáo của tháng, có phần ký xác nhận của công chức và tổ trưởng</translation>
    </message>
    <message>
        <source>EPEs</source>
        <translation>DNCX</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Bản đồ nhiệt</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 tháng gần nhất</translation>
    </message>
    <message>
        <source>One row per EPE, one column per day: the darker the green, the more checks; a blue outline is a planned check. Grey columns are weekends and holidays; EPEs in red are not checked yet this month.</source>
        <translation>Mỗi hàng là một DNCX, mỗi cột là một ngày: màu xanh lá càng đậm thì càng nhiều lượt kiểm tra; viền xanh dương là lượt kiểm tra theo kế hoạch. Cột màu xám là ngày cuối tuần và ngày lễ; DNCX tô màu đỏ là chưa được kiểm tra trong tháng này.</translation>
    </message>
    <message>
        <source>Per officer</source>
        <translation>Theo công chức</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Not checked this month</source>
        <translation>Chưa kiểm tra trong tháng này</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>Enter a folder.</source>
        <translation>Hãy nhập một thư mục.</translation>
    </message>
    <message>
        <source>Enter the full path of the folder.</source>
        <translation>Hãy nhập đường dẫn đầy đủ của thư mục.</translation>
    </message>
    <message>
        <source>This folder is inside epewall's program folder, which an update replaces.</source>
        <translation>Thư mục này nằm trong thư mục chương trình epewall, sẽ bị thay thế khi cập nhật.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Đây là một tệp, không phải thư mục.</translation>
    </message>
    <message>
        <source>This is the data folder in use now.</source>
        <translation>Đây là thư mục dữ liệu đang dùng.</translation>
    </message>
    <message>
        <source>The new data folder cannot be inside the one in use now.</source>
        <translation>Thư mục dữ liệu mới không được nằm trong thư mục đang dùng.</translation>
    </message>
    <message>
        <source>the copy of the registry differs from the original</source>
        <translation>bản sao danh mục khác với bản gốc</translation>
    </message>
    <message>
        <source>Checking the folder…</source>
        <translation>Đang kiểm tra thư mục…</translation>
    </message>
    <message>
        <source>This folder already holds epewall data: use it as it is.</source>
        <translation>Thư mục này đã có dữ liệu epewall: hãy dùng nguyên trạng.</translation>
    </message>
    <message>
        <source>This folder holds no epewall data: move your data there instead.</source>
        <translation>Thư mục này không có dữ liệu epewall: hãy chuyển dữ liệu của bạn sang đó.</translation>
    </message>
    <message>
        <source>This folder is not empty and is not an epewall data folder: choose an empty one.</source>
        <translation>Thư mục này không trống và không phải thư mục dữ liệu epewall: hãy chọn một thư mục trống.</translation>
    </message>
    <message>
        <source>Copying the registry…</source>
        <translation>Đang sao chép danh mục…</translation>
    </message>
    <message>
        <source>Switching to the new folder…</source>
        <translation>Đang chuyển sang thư mục mới…</translation>
    </message>
    <message>
        <source>epewall cannot write in this folder ({reason}).</source>
        <translation>epewall không ghi được vào thư mục này ({reason}).</translation>
    </message>
    <message>
        <source>The choice could not be saved ({reason}).</source>
        <translation>Không lưu được lựa chọn ({reason}).</translation>
    </message>
    <message>
        <source>Not enough free space there: {needed} MB needed, {free} MB free.</source>
        <translation>Không đủ dung lượng trống: cần {needed} MB, còn {free} MB.</translation>
    </message>
    <message>
        <source>Copying {file}…</source>
        <translation>Đang sao chép {file}…</translation>
    </message>
    <message>
        <source>the copy of {file} differs</source>
        <translation>bản sao của {file} bị sai khác</translation>
    </message>
    <message>
        <source>The data could not be moved ({reason}); epewall keeps using {folder}.</source>
        <translation>Không chuyển được dữ liệu ({reason}); epewall tiếp tục dùng {folder}.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Override the status</source>
        <translation>Sửa kết quả đối chiếu</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Sửa kết quả</translation>
    </message>
    <message>
        <source>Why the status is wrong (required): what the picture and the documents show</source>
        <translation>Vì sao kết quả sai (bắt buộc): hình ảnh và chứng từ cho thấy gì</translation>
    </message>
    <message>
        <source>Confirm the status</source>
        <translation>Xác nhận kết quả đối chiếu</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>Say why you override the status.</source>
        <translation>Hãy nêu lý do sửa kết quả.</translation>
    </message>
    <message>
        <source>The reason is too long (at most {n} characters).</source>
        <translation>Lý do quá dài (tối đa {n} ký tự).</translation>
    </message>
    <message>
        <source>Decision on case {id}</source>
        <translation>Quyết định về vụ việc {id}</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Quyết định:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Proposal of {name}: {text}</source>
        <translation>Đề xuất của {name}: {text}</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Kết thúc vụ việc</translation>
    </message>
    <message>
        <source>Writing the decision to the check log…</source>
        <translation>Đang ghi quyết định vào nhật ký kiểm tra…</translation>
    </message>
</context>
<context>
    <name>Declarations</name>
    <message>
        <source>declaration</source>
        <translation>tờ khai</translation>
    </message>
    <message>
        <source>release confirmation</source>
        <translation>xác nhận thông quan</translation>
    </message>
    <message>
        <source>warehouse receipt</source>
        <translation>phiếu nhập kho</translation>
    </message>
    <message>
        <source>delivery note</source>
        <translation>phiếu xuất kho</translation>
    </message>
    <message>
        <source>in</source>
        <translation>nhập</translation>
    </message>
    <message>
        <source>out</source>
        <translation>xuất</translation>
    </message>
    <message>
        <source>{header}: {code} is not a Vietnamese plate (e.g. 51C-123.45, 29H 12345, 59-X1 123.45).</source>
        <translation>{header}: {code} không phải là biển số xe Việt Nam (ví dụ 51C-123.45, 29H 12345, 59-X1 123.45).</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>dòng {line}: {reason}</translation>
    </message>
    <message>
        <source>Documents: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Chứng từ: thêm {added}, cập nhật {updated}, không đổi {unchanged}.</translation>
    </message>
    <message>
        <source>{path} is not a readable Excel workbook (.xlsx).</source>
        <translation>{path} không phải là tệp Excel (.xlsx) đọc được.</translation>
    </message>
    <message>
        <source>{header}: {code} has a wrong check digit (ISO 6346 gives {digit} for its first 10 characters).</source>
        <translation>{header}: {code} có số kiểm tra sai (theo ISO 6346, 10 ký tự đầu cho số kiểm tra {digit}).</translation>
    </message>
    <message>
        <source>{header}: {code} is not a container number (4 letters ending in U, J or Z, then 7 digits, e.g. CSQU 305438 3).</source>
        <translation>{header}: {code} không phải là số container (4 chữ cái, chữ cuối là U, J hoặc Z, rồi 7 chữ số, ví dụ CSQU 305438 3).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>{path} is neither a CSV text file in UTF-8 nor an Excel workbook (.xlsx). In Excel choose File &gt; Save As &gt; 'CSV UTF-8 (Comma delimited)' or 'Excel Workbook'.</source>
        <translation>{path} không phải là tệp CSV UTF-8 cũng không phải tệp Excel (.xlsx). Trong Excel chọn File &gt; Save As &gt; 'CSV UTF-8 (Comma delimited)' hoặc 'Excel Workbook'.</translation>
    </message>
    <message>
        <source>{path} unpacks to more than {mb} MB; no customs file is that large.</source>
        <translation>{path} khi giải nén lớn hơn {mb} MB; không tệp dữ liệu hải quan nào lớn như vậy.</translation>
    </message>
    <message>
        <source>{header}: the document kind is missing.</source>
        <translation>{header}: thiếu loại chứng từ.</translation>
    </message>
    <message>
        <source>{header}: the document number is missing.</source>
        <translation>{header}: thiếu số chứng từ.</translation>
    </message>
    <message>
        <source>{header}: the EPE's tax ID is missing.</source>
        <translation>{header}: thiếu mã số thuế của DNCX.</translation>
    </message>
    <message>
        <source>{header}: {value} is not a direction (in or out; nhập or xuất).</source>
        <translation>{header}: {value} không phải là hướng (nhập hoặc xuất).</translation>
    </message>
    <message>
        <source>{containers}, {plates}: a document needs at least one container number or plate to compare with the gate.</source>
        <translation>{containers}, {plates}: chứng từ cần ít nhất một số container hoặc biển số xe để đối chiếu với camera cổng.</translation>
    </message>
    <message>
        <source>{end}: the window ends before it starts ({start} is later).</source>
        <translation>{end}: khung giờ kết thúc trước khi bắt đầu ({start} muộn hơn).</translation>
    </message>
    <message>
        <source>{path} is empty: it needs a header line and one line per document.</source>
        <translation>{path} trống: tệp cần một dòng tiêu đề và mỗi chứng từ một dòng.</translation>
    </message>
    <message>
        <source>this line has more values than there are column headers (check the delimiter and the quotation marks).</source>
        <translation>dòng này có nhiều giá trị hơn số cột tiêu đề (kiểm tra dấu phân cách và dấu ngoặc kép).</translation>
    </message>
    <message>
        <source>{path}, line {line}: the file is not UTF-8 text, so Vietnamese letters would be garbled. Save it as 'CSV UTF-8 (Comma delimited)'.</source>
        <translation>{path}, dòng {line}: tệp không phải văn bản UTF-8 nên chữ tiếng Việt sẽ bị lỗi. Hãy lưu dưới dạng 'CSV UTF-8 (Comma delimited)'.</translation>
    </message>
    <message>
        <source>{path}, line {line}: the file cannot be read as CSV from here on (a quotation mark is not closed, or a stray one is inside a value).</source>
        <translation>{path}, dòng {line}: từ đây tệp không đọc được dưới dạng CSV (có dấu ngoặc kép chưa đóng, hoặc dấu ngoặc kép thừa trong một giá trị).</translation>
    </message>
    <message>
        <source>{header}: {value} is not a document kind (declaration, release confirmation, warehouse receipt or delivery note).</source>
        <translation>{header}: {value} không phải là loại chứng từ (tờ khai, xác nhận thông quan, phiếu nhập kho hoặc phiếu xuất kho).</translation>
    </message>
    <message>
        <source>{header}: the time is missing.</source>
        <translation>{header}: thiếu thời gian.</translation>
    </message>
    <message>
        <source>the file has no column {columns}.</source>
        <translation>tệp không có cột {columns}.</translation>
    </message>
    <message>
        <source>{header}: no EPE in the registry has the tax ID {tax_id}.</source>
        <translation>{header}: không có DNCX nào trong danh mục có mã số thuế {tax_id}.</translation>
    </message>
    <message>
        <source>{header}: {value} is not a date and time (e.g. 2026-12-02 08:30 or 02/12/2026 08:30, Vietnamese time).</source>
        <translation>{header}: {value} không phải là ngày giờ (ví dụ 2026-12-02 08:30 hoặc 02/12/2026 08:30, giờ Việt Nam).</translation>
    </message>
    <message>
        <source>unknown column {title}; the columns are: {columns}.</source>
        <translation>cột {title} không xác định; các cột là: {columns}.</translation>
    </message>
    <message>
        <source>Checking line {line}…</source>
        <translation>Đang kiểm tra dòng {line}…</translation>
    </message>
    <message>
        <source>the columns {first} and {second} say the same thing.</source>
        <translation>hai cột {first} và {second} cùng chỉ một nội dung.</translation>
    </message>
    <message>
        <source>{kind} {number} is already on line {other}.</source>
        <translation>{kind} {number} đã có ở dòng {other}.</translation>
    </message>
    <message>
        <source>{path}: the header must name the columns time, camera, kind, code.</source>
        <translation>{path}: dòng tiêu đề phải có các cột time, camera, kind, code.</translation>
    </message>
    <message>
        <source>the camera is not a diagram number.</source>
        <translation>camera không phải là số hiệu trên sơ đồ.</translation>
    </message>
    <message>
        <source>sha256 is not 64 hexadecimal digits.</source>
        <translation>sha256 không phải là 64 chữ số thập lục phân.</translation>
    </message>
    <message>
        <source>the code is empty.</source>
        <translation>mã để trống.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} không phải văn bản UTF-8.</translation>
    </message>
    <message>
        <source>the time is not YYYY-MM-DD HH:MM:SS.</source>
        <translation>thời gian không theo dạng YYYY-MM-DD HH:MM:SS.</translation>
    </message>
    <message>
        <source>the kind is neither container nor plate.</source>
        <translation>loại không phải container cũng không phải biển số (container hoặc plate).</translation>
    </message>
    <message>
        <source>{path} cannot be read as CSV.</source>
        <translation>{path} không đọc được dưới dạng CSV.</translation>
    </message>
    <message>
        <source>line {line}: {what}</source>
        <translation>dòng {line}: {what}</translation>
    </message>
</context>
<context>
    <name>DevicesMenu</name>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Thiết bị</translation>
    </message>
    <message>
        <source>&amp;Add cameras from device…</source>
        <translation>Thêm camera từ thiết &amp;bị…</translation>
    </message>
    <message>
        <source>Ask an EPE's camera or NVR (ONVIF) for its video sources and add them as cameras</source>
        <translation>Hỏi camera hoặc đầu ghi (ONVIF) của DNCX về các nguồn video và thêm chúng thành camera</translation>
    </message>
    <message>
        <source>&amp;Check all EPEs (Appendix I)…</source>
        <translation>&amp;Kiểm tra tất cả DNCX (Phụ lục I)…</translation>
    </message>
    <message>
        <source>Check every EPE's cameras against the minimum technical requirements of Decision 247, Appendix I</source>
        <translation>Kiểm tra camera của mọi DNCX theo yêu cầu kỹ thuật tối thiểu tại Phụ lục I Quyết định 247</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Done.</source>
        <translation>Xong.</translation>
    </message>
    <message>
        <source>Collecting {name}…</source>
        <translation>Đang thu thập {name}…</translation>
    </message>
</context>
<context>
    <name>DiagnosticsSaver</name>
    <message>
        <source>Save &amp;diagnostics…</source>
        <translation>Lưu thông tin &amp;chẩn đoán…</translation>
    </message>
    <message>
        <source>Save a zip file for the IT unit: the log, versions and settings, without passwords or EPE names</source>
        <translation>Lưu một tệp zip cho bộ phận CNTT: nhật ký hệ thống, phiên bản và thiết lập, không có mật khẩu hay tên DNCX</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Lưu thông tin chẩn đoán</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Tệp zip (*.zip)</translation>
    </message>
    <message>
        <source>Saving diagnostics…</source>
        <translation>Đang lưu thông tin chẩn đoán…</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1. Send this file to your IT unit; it holds no password and no EPE name.</source>
        <translation>Đã lưu thông tin chẩn đoán vào %1. Hãy gửi tệp này cho bộ phận CNTT; tệp không chứa mật khẩu hay tên DNCX nào.</translation>
    </message>
    <message>
        <source>The diagnostics were not saved: %1. Choose another folder and try again.</source>
        <translation>Chưa lưu được thông tin chẩn đoán: %1. Hãy chọn thư mục khác và thử lại.</translation>
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
        <source>e.g. 192.168.1.64:80 or nvr.example.vn:8080</source>
        <translation>VD: 192.168.1.64:80 hoặc nvr.example.vn:8080</translation>
    </message>
    <message>
        <source>No recorder</source>
        <translation>Không có đầu ghi</translation>
    </message>
    <message>
        <source>ONVIF Profile G</source>
        <translation>ONVIF Profile G</translation>
    </message>
    <message>
        <source>Hikvision</source>
        <translation>Hikvision</translation>
    </message>
    <message>
        <source>Dahua / KBVision</source>
        <translation>Dahua / KBVision</translation>
    </message>
    <message>
        <source>host:HTTP port, e.g. 192.168.1.64:80</source>
        <translation>tên máy:cổng HTTP, VD: 192.168.1.64:80</translation>
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
        <source>Devices at the EPE</source>
        <translation>Thiết bị tại DNCX</translation>
    </message>
    <message>
        <source>ONVIF device (&amp;NVR) address</source>
        <translation>Địa chỉ thiết bị ONVIF (đầu &amp;ghi)</translation>
    </message>
    <message>
        <source>Recorder (pla&amp;yback)</source>
        <translation>Đầu ghi (&amp;xem lại)</translation>
    </message>
    <message>
        <source>Recorder &amp;address</source>
        <translation>Địa chỉ đầu &amp;ghi hình</translation>
    </message>
    <message>
        <source>Recorder RTSP &amp;port</source>
        <translation>&amp;Cổng RTSP của đầu ghi</translation>
    </message>
    <message>
        <source>Without user name or password: the EPE's account is kept in the keyring. The recorder's clock is tested and calibrated with Sites &gt; Recorder.</source>
        <translation>Không ghi tên đăng nhập hay mật khẩu: tài khoản của DNCX được lưu trong kho mật khẩu. Đồng hồ của đầu ghi được kiểm tra và hiệu chỉnh tại Danh mục &gt; Đầu ghi.</translation>
    </message>
    <message>
        <source>Devices need HTTP/RTSP &amp;Basic login</source>
        <translation>Thiết bị cần đăng nhập HTTP/RTSP &amp;Basic</translation>
    </message>
    <message>
        <source>Warning: with Basic the EPE's password crosses the network in clear text and anyone on the way can read it. Tick only when the EPE's devices offer no digest login, and ask the EPE to turn digest on.</source>
        <translation>Cảnh báo: với Basic, mật khẩu của DNCX đi qua mạng dưới dạng văn bản rõ và bất kỳ ai trên đường truyền đều đọc được. Chỉ đánh dấu khi thiết bị của DNCX không hỗ trợ đăng nhập digest, và đề nghị DNCX bật digest.</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* bắt buộc</translation>
    </message>
    <message>
        <source>Give the recorder's address, or choose "No recorder".</source>
        <translation>Hãy nhập địa chỉ đầu ghi, hoặc chọn "Không có đầu ghi".</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Evidence export: recorded camera images</source>
        <translation>Trích xuất chứng cứ: hình ảnh camera đã ghi</translation>
    </message>
    <message>
        <source>Files and their SHA-256</source>
        <translation>Các tệp và mã SHA-256</translation>
    </message>
    <message>
        <source>Check the files with: epewall evidence verify &lt;folder&gt;</source>
        <translation>Kiểm tra các tệp bằng lệnh: epewall evidence verify &lt;thư mục&gt;</translation>
    </message>
    <message>
        <source>Copying the recording of {count} camera(s)</source>
        <translation>Đang sao chép bản ghi của {count} camera</translation>
    </message>
    <message>
        <source>Writing the manifest</source>
        <translation>Đang ghi bản kê tệp</translation>
    </message>
    <message>
        <source>The manifest is missing or not readable.</source>
        <translation>Bản kê tệp bị thiếu hoặc không đọc được.</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>không phải tệp thông thường</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>một liên kết tượng trưng (symlink)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>một thư mục</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>một đường ống có tên (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>một thiết bị</translation>
    </message>
    <message>
        <source>The manifest is not a regular file (a link, folder or device).</source>
        <translation>Bản kê không phải tệp thông thường (là liên kết, thư mục hoặc thiết bị).</translation>
    </message>
    <message>
        <source>The manifest is far too large to be an epewall manifest.</source>
        <translation>Bản kê quá lớn, không thể là bản kê của epewall.</translation>
    </message>
    <message>
        <source>The manifest is nested far too deeply to be an epewall manifest.</source>
        <translation>Bản kê lồng nhau quá sâu, không thể là bản kê của epewall.</translation>
    </message>
    <message>
        <source>The manifest is damaged: it is not readable JSON.</source>
        <translation>Bản kê bị hỏng: không đọc được dạng JSON.</translation>
    </message>
    <message>
        <source>NOT verified: the folder has no readable manifest.</source>
        <translation>KHÔNG xác minh được: thư mục không có bản kê đọc được.</translation>
    </message>
    <message>
        <source>Evidence NOT verified: {count} problem(s) in {folder}</source>
        <translation>Chứng cứ KHÔNG được xác minh: {count} vấn đề trong {folder}</translation>
    </message>
    <message>
        <source>The manifest's file list is empty or malformed: it was altered.</source>
        <translation>Danh sách tệp trong bản kê trống hoặc sai cấu trúc: bản kê đã bị sửa.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>bị thiếu</translation>
    </message>
    <message>
        <source>changed since export (SHA-256 differs)</source>
        <translation>đã bị thay đổi sau khi xuất (SHA-256 khác)</translation>
    </message>
    <message>
        <source>unchanged (size and SHA-256 match)</source>
        <translation>không thay đổi (kích thước và SHA-256 khớp)</translation>
    </message>
    <message>
        <source>{workstation} (key {fingerprint})</source>
        <translation>{workstation} (khóa {fingerprint})</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Đánh dấu</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <source>The disk of the export folder is full: {folder}. Nothing was kept; free some space or choose a folder on another disk, then export again.</source>
        <translation>Ổ đĩa của thư mục xuất đã đầy: {folder}. Không có tệp nào được giữ lại; hãy giải phóng dung lượng hoặc chọn thư mục trên ổ đĩa khác, rồi xuất lại.</translation>
    </message>
    <message>
        <source>The export folder is not empty: {folder}</source>
        <translation>Thư mục xuất không trống: {folder}</translation>
    </message>
    <message>
        <source>The manifest's signature does not match: the manifest was changed after the export, or its signature was removed.</source>
        <translation>Chữ ký của bản kê không khớp: bản kê đã bị sửa sau khi xuất, hoặc chữ ký đã bị gỡ bỏ.</translation>
    </message>
    <message>
        <source>Evidence verified: {count} file(s) unchanged, signed by {who}, a workstation registered with the team.</source>
        <translation>Chứng cứ đã được xác minh: {count} tệp không thay đổi, được ký bởi {who}, máy trạm đã đăng ký với tổ.</translation>
    </message>
    <message>
        <source>NOT verified: the files match, but they were signed by an unregistered workstation, {who}. Ask the team lead whether this key belongs to the team.</source>
        <translation>KHÔNG được xác minh: các tệp khớp, nhưng được ký bởi máy trạm chưa đăng ký, {who}. Hãy hỏi tổ trưởng khóa này có thuộc tổ hay không.</translation>
    </message>
    <message>
        <source>Unsigned (made before signing existed): {count} file(s) match their manifest — integrity only, not authenticity. Compare the manifest's SHA-256 with the audit log.</source>
        <translation>Không có chữ ký (xuất trước khi có chức năng ký): {count} tệp khớp với bản kê — chỉ chứng minh toàn vẹn, không chứng minh nguồn gốc. Hãy đối chiếu SHA-256 của bản kê với nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>Enterprise: {name} (tax ID {tax_id})</source>
        <translation>Doanh nghiệp: {name} (MST {tax_id})</translation>
    </message>
    <message>
        <source>Recorder: {kind}, {host}</source>
        <translation>Đầu ghi: {kind}, {host}</translation>
    </message>
    <message>
        <source>Recorded from {start} to {end} Vietnam time (UTC+7)</source>
        <translation>Ghi hình từ {start} đến {end} giờ Việt Nam (UTC+7)</translation>
    </message>
    <message>
        <source>Recorded from {start} to {end} UTC</source>
        <translation>Ghi hình từ {start} đến {end} UTC</translation>
    </message>
    <message>
        <source>Exported by {name} ({code}) at {when} Vietnam time</source>
        <translation>Trích xuất bởi {name} ({code}) lúc {when} giờ Việt Nam</translation>
    </message>
    <message>
        <source>{name}: {detail}</source>
        <translation>{name}: {detail}</translation>
    </message>
    <message>
        <source>{kind}: not a regular file</source>
        <translation>{kind}: không phải tệp thông thường</translation>
    </message>
    <message>
        <source>the printout of the manifest (the signed JSON manifest is authoritative)</source>
        <translation>bản in của bản kê (bản kê JSON có chữ ký mới là bản có giá trị)</translation>
    </message>
    <message>
        <source>not listed in the manifest</source>
        <translation>không có trong bản kê</translation>
    </message>
    <message>
        <source>changed since export ({found} bytes, the manifest says {size})</source>
        <translation>đã bị thay đổi sau khi xuất ({found} byte, bản kê ghi {size})</translation>
    </message>
    <message>
        <source>Camera {camera} {camera_name}: {name}</source>
        <translation>Camera {camera} {camera_name}: {name}</translation>
    </message>
    <message>
        <source>Signed by workstation {workstation}, key fingerprint {fingerprint}</source>
        <translation>Ký bởi máy trạm {workstation}, dấu vân tay khóa {fingerprint}</translation>
    </message>
    <message>
        <source>Public key (Ed25519): {key}</source>
        <translation>Khóa công khai (Ed25519): {key}</translation>
    </message>
    <message>
        <source>{at} camera {camera}: {note}</source>
        <translation>{at} camera {camera}: {note}</translation>
    </message>
</context>
<context>
    <name>EvidenceKeys</name>
    <message>
        <source>The evidence signing key could not be kept in the system keyring.</source>
        <translation>Không lưu được khóa ký chứng cứ vào kho khóa của hệ thống.</translation>
    </message>
    <message>
        <source>{file} is not an epewall workstation key file.</source>
        <translation>{file} không phải tệp khóa máy trạm của epewall.</translation>
    </message>
    <message>
        <source>The evidence signing key in the system keyring is damaged. Ask the team lead: a new key must be made and registered again.</source>
        <translation>Khóa ký chứng cứ trong kho khóa của hệ thống bị hỏng. Hãy báo tổ trưởng: cần tạo khóa mới và đăng ký lại.</translation>
    </message>
    <message>
        <source>{file} was changed: its fingerprint does not match its key.</source>
        <translation>{file} đã bị sửa: dấu vân tay không khớp với khóa.</translation>
    </message>
</context>
<context>
    <name>EvidenceKeysDialog</name>
    <message>
        <source>This workstation</source>
        <translation>Máy trạm này</translation>
    </message>
    <message>
        <source>Reading this workstation's key from the keyring…</source>
        <translation>Đang đọc khóa của máy trạm này từ kho khóa hệ thống…</translation>
    </message>
    <message>
        <source>&amp;Export the public key to a file…</source>
        <translation>&amp;Xuất khóa công khai ra tệp…</translation>
    </message>
    <message>
        <source>Keys registered with the team</source>
        <translation>Khóa đã đăng ký với đội</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Máy trạm</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Dấu vân tay</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Người đăng ký</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>No workstation key is registered with the team.</source>
        <translation>Chưa có khóa máy trạm nào được đăng ký với đội.</translation>
    </message>
    <message>
        <source>&amp;Register a key file…</source>
        <translation>Đă&amp;ng ký tệp khóa…</translation>
    </message>
    <message>
        <source>Re&amp;voke the selected key…</source>
        <translation>Th&amp;u hồi khóa đã chọn…</translation>
    </message>
    <message>
        <source>Only a team lead registers or revokes workstation keys.</source>
        <translation>Chỉ đội trưởng được đăng ký hoặc thu hồi khóa máy trạm.</translation>
    </message>
    <message>
        <source>Do&amp;n't change anything</source>
        <translation>&amp;Không thay đổi gì</translation>
    </message>
    <message>
        <source>Evidence signing keys of the workstations</source>
        <translation>Khóa ký chứng cứ của các máy trạm</translation>
    </message>
    <message>
        <source>Workstation {workstation}. Its fingerprint is printed on every evidence export it signs:</source>
        <translation>Máy trạm {workstation}. Dấu vân tay của khóa được in trên mọi bộ chứng cứ do máy này ký:</translation>
    </message>
    <message>
        <source>This workstation's key cannot be read: {error}</source>
        <translation>Không đọc được khóa của máy trạm này: {error}</translation>
    </message>
    <message>
        <source>Save this workstation's public key</source>
        <translation>Lưu khóa công khai của máy trạm này</translation>
    </message>
    <message>
        <source>Workstation keys (*.epekey);;All files (*)</source>
        <translation>Khóa máy trạm (*.epekey);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>The public key of {workstation} was written to {file}. Give it to the team lead; it holds no secret.</source>
        <translation>Đã ghi khóa công khai của {workstation} vào {file}. Hãy chuyển tệp này cho đội trưởng; tệp không chứa thông tin bí mật.</translation>
    </message>
    <message>
        <source>The key file could not be written: {error}</source>
        <translation>Không ghi được tệp khóa: {error}</translation>
    </message>
    <message>
        <source>Choose a workstation's key file</source>
        <translation>Chọn tệp khóa của máy trạm</translation>
    </message>
    <message>
        <source>Register the key of workstation {workstation}?

Fingerprint: {fingerprint}

Compare it, group by group, with the fingerprint printed on that workstation's evidence or read out by its officer. Evidence signed with this key will then be verified.</source>
        <translation>Đăng ký khóa của máy trạm {workstation}?

Dấu vân tay: {fingerprint}

Hãy đối chiếu từng nhóm ký tự với dấu vân tay in trên chứng cứ của máy trạm đó hoặc do công chức của máy đó đọc. Sau khi đăng ký, chứng cứ ký bằng khóa này sẽ được xác nhận.</translation>
    </message>
    <message>
        <source>This key is already registered.</source>
        <translation>Khóa này đã được đăng ký.</translation>
    </message>
    <message>
        <source>&amp;Register this key</source>
        <translation>Đă&amp;ng ký khóa này</translation>
    </message>
    <message>
        <source>Revoke the key of workstation {workstation} ({fingerprint})? Its evidence will no longer be verified as signed by a registered workstation.</source>
        <translation>Thu hồi khóa của máy trạm {workstation} ({fingerprint})? Chứng cứ do máy này ký sẽ không còn được xác nhận là của máy trạm đã đăng ký.</translation>
    </message>
    <message>
        <source>Re&amp;voke this key</source>
        <translation>Th&amp;u hồi khóa này</translation>
    </message>
    <message>
        <source>The key of {workstation} is registered with the team.</source>
        <translation>Đã đăng ký khóa của {workstation} với đội.</translation>
    </message>
    <message>
        <source>The key of {workstation} is revoked.</source>
        <translation>Đã thu hồi khóa của {workstation}.</translation>
    </message>
</context>
<context>
    <name>EvidencePrint</name>
    <message>
        <source>Vietnam time</source>
        <translation>Giờ Việt Nam</translation>
    </message>
    <message>
        <source>Evidence export manifest</source>
        <translation>Bản kê tệp chứng cứ trích xuất</translation>
    </message>
    <message>
        <source>Enterprise (EPE)</source>
        <translation>Doanh nghiệp (DNCX)</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>Đầu ghi</translation>
    </message>
    <message>
        <source>Recorded from</source>
        <translation>Ghi hình từ</translation>
    </message>
    <message>
        <source>Recorded to</source>
        <translation>Ghi hình đến</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Người trích xuất</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Thời điểm trích xuất</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Các tệp</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Số giây</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Đánh dấu</translation>
    </message>
    <message>
        <source>Check the files with: epewall evidence verify &lt;folder&gt;. The JSON manifest is authoritative; this page is its printout.</source>
        <translation>Kiểm tra các tệp bằng lệnh: epewall evidence verify &lt;thư mục&gt;. Bản kê tệp JSON là căn cứ chính thức; trang này chỉ là bản in của bản kê tệp đó.</translation>
    </message>
    <message>
        <source>Signed by workstation</source>
        <translation>Ký bởi máy trạm</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <source>Public key (Ed25519)</source>
        <translation>Khóa công khai (Ed25519)</translation>
    </message>
    <message>
        <source>Officer who exported</source>
        <translation>Công chức trích xuất</translation>
    </message>
    <message>
        <source>Head of unit</source>
        <translation>Thủ trưởng đơn vị</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>From (Vietnam time):</source>
        <translation>Từ (giờ Việt Nam):</translation>
    </message>
    <message>
        <source>To (Vietnam time):</source>
        <translation>Đến (giờ Việt Nam):</translation>
    </message>
    <message>
        <source>Cameras:</source>
        <translation>Camera:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Trích xuất</translation>
    </message>
    <message>
        <source>Evidence from {epe} ({tax_id}): the recording is copied as it is (not re-encoded), with a manifest of SHA-256 checksums.</source>
        <translation>Chứng cứ từ {epe} ({tax_id}): bản ghi được sao chép nguyên trạng (không mã hóa lại), kèm bản kê tệp ghi mã SHA-256 của từng tệp.</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Trích xuất chứng cứ</translation>
    </message>
    <message>
        <source>Folder for the evidence</source>
        <translation>Thư mục lưu chứng cứ</translation>
    </message>
    <message>
        <source>The end of the range must come after its start.</source>
        <translation>Thời điểm kết thúc phải sau thời điểm bắt đầu.</translation>
    </message>
    <message>
        <source>Export at most two hours at a time.</source>
        <translation>Mỗi lần chỉ trích xuất tối đa hai giờ.</translation>
    </message>
    <message>
        <source>Choose at least one camera.</source>
        <translation>Hãy chọn ít nhất một camera.</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Hãy chọn thư mục.</translation>
    </message>
    <message>
        <source>The folder is not empty. Choose a new or empty folder.</source>
        <translation>Thư mục không trống. Hãy chọn một thư mục mới hoặc thư mục trống.</translation>
    </message>
    <message>
        <source>Copying the recording…</source>
        <translation>Đang sao chép bản ghi…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Exported {files} files to {folder}. Check them later with 'epewall evidence verify'.</source>
        <translation>Đã trích xuất {files} tệp vào {folder}. Sau này có thể kiểm tra các tệp bằng lệnh 'epewall evidence verify'.</translation>
    </message>
    <message>
        <source>Export cancelled; no files were kept.</source>
        <translation>Đã hủy trích xuất; không giữ lại tệp nào.</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>Trích xuất không thành công: {error}</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extension asked by the EPE</source>
        <translation>Gia hạn theo đề nghị của DNCX</translation>
    </message>
    <message>
        <source>The deadline was {due}. Record the reason the EPE gave in writing and the new date it expects; the original deadline stays in the register.</source>
        <translation>Hạn khắc phục là {due}. Ghi lý do DNCX giải trình bằng văn bản và ngày dự kiến mới; hạn ban đầu vẫn được giữ trong sổ.</translation>
    </message>
    <message>
        <source>Written reason:</source>
        <translation>Lý do bằng văn bản:</translation>
    </message>
    <message>
        <source>New expected date:</source>
        <translation>Ngày dự kiến mới:</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Raise a finding</source>
        <translation>Ghi nhận phát hiện</translation>
    </message>
    <message>
        <source>What the recording shows and what should be done</source>
        <translation>Bản ghi hình cho thấy gì và cần làm gì</translation>
    </message>
    <message>
        <source>Save finding</source>
        <translation>Lưu phát hiện</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Write what you found.</source>
        <translation>Hãy ghi điều bạn phát hiện.</translation>
    </message>
    <message>
        <source>The finding is too long (at most {n} characters).</source>
        <translation>Nội dung phát hiện quá dài (tối đa {n} ký tự).</translation>
    </message>
</context>
<context>
    <name>GateScan</name>
    <message>
        <source>Searching the recorder…</source>
        <translation>Đang tìm trên đầu ghi…</translation>
    </message>
    <message>
        <source>No recorder is set for this EPE. Set it in the playback window, then scan again.</source>
        <translation>Chưa khai báo đầu ghi của DNCX này. Hãy khai báo trong cửa sổ xem lại rồi quét lại.</translation>
    </message>
    <message>
        <source>This EPE has no gate camera in the registry.</source>
        <translation>DNCX này chưa có camera cổng nào trong danh mục.</translation>
    </message>
    <message>
        <source>No account is stored for this EPE. Store the account the EPE gave customs (Sites &gt; Edit EPE, or 'epewall credentials set'), then scan again.</source>
        <translation>Chưa lưu tài khoản của DNCX này. Hãy lưu tài khoản DNCX đã cung cấp cho hải quan (Danh mục &gt; Sửa DNCX, hoặc 'epewall credentials set') rồi quét lại.</translation>
    </message>
    <message>
        <source>The gate scan stopped on an unexpected error. Details are in the log: %1</source>
        <translation>Việc quét camera cổng dừng do lỗi không lường trước. Chi tiết trong nhật ký: %1</translation>
    </message>
    <message>
        <source>The gate scan stopped: %1</source>
        <translation>Việc quét camera cổng đã dừng: %1</translation>
    </message>
    <message>
        <source>camera %1, %2 (%3/%4)</source>
        <translation>camera %1, %2 (%3/%4)</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Not signed (no workstation key); kept in the hash-chained check log</source>
        <translation>Chưa ký (không có khóa máy trạm); được lưu trong nhật ký kiểm tra có chuỗi băm</translation>
    </message>
    <message>
        <source>Checks done in the shift</source>
        <translation>Các lần kiểm tra trong ca</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Interruptions still open</source>
        <translation>Gián đoạn chưa khắc phục</translation>
    </message>
    <message>
        <source>Start-of-shift items not reviewed</source>
        <translation>Mục rà soát đầu ca chưa xem</translation>
    </message>
    <message>
        <source>Device warnings still open</source>
        <translation>Cảnh báo thiết bị chưa xử lý</translation>
    </message>
    <message>
        <source>the device</source>
        <translation>thiết bị</translation>
    </message>
    <message>
        <source>The signature does not match the note: it was changed after signing</source>
        <translation>Chữ ký không khớp với biên bản: biên bản đã bị sửa sau khi ký</translation>
    </message>
    <message>
        <source>Gathering the shift's checks, interruptions and warnings…</source>
        <translation>Đang tổng hợp các lần kiểm tra, gián đoạn và cảnh báo của ca…</translation>
    </message>
    <message>
        <source>Reading the workstation's signing key…</source>
        <translation>Đang đọc khóa ký của máy trạm…</translation>
    </message>
    <message>
        <source>Writing the handover to the check log…</source>
        <translation>Đang ghi biên bản giao ca vào nhật ký kiểm tra…</translation>
    </message>
    <message>
        <source>camera {number}</source>
        <translation>camera {number}</translation>
    </message>
    <message>
        <source>There is no such handover.</source>
        <translation>Không có biên bản giao ca này.</translation>
    </message>
    <message>
        <source>You wrote this handover: the next officer on this workstation reads it.</source>
        <translation>Bạn là người lập biên bản giao ca này: công chức ca sau trên máy trạm này sẽ đọc và xác nhận.</translation>
    </message>
    <message>
        <source>This handover was already acknowledged.</source>
        <translation>Biên bản giao ca này đã được xác nhận.</translation>
    </message>
    <message>
        <source>{epe}: cameras {cameras}, {kind}, since {start}, due {due}</source>
        <translation>{epe}: camera {cameras}, {kind}, từ {start}, hạn {due}</translation>
    </message>
    <message>
        <source>Signed with the workstation key {fingerprint}</source>
        <translation>Đã ký bằng khóa máy trạm {fingerprint}</translation>
    </message>
    <message>
        <source>The note is too long: at most {count} characters.</source>
        <translation>Ghi chú quá dài: tối đa {count} ký tự.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… và {count} mục khác</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Save the handover as PDF</source>
        <translation>Lưu biên bản giao ca thành PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>Chưa lưu được tệp</translation>
    </message>
    <message>
        <source>Hand over the shift</source>
        <translation>Bàn giao ca</translation>
    </message>
    <message>
        <source>What the next officer on this workstation will read: the checks of your shift and their findings, the interruptions still open, the start-of-shift items nobody reviewed and the device warnings still open. Cases will be added here once epewall keeps them.</source>
        <translation>Nội dung công chức ca sau trên máy trạm này sẽ đọc: các lần kiểm tra trong ca và phát hiện, các gián đoạn chưa khắc phục, các mục rà soát đầu ca chưa ai xem và các cảnh báo thiết bị chưa xử lý. Vụ việc sẽ được bổ sung khi epewall có quản lý vụ việc.</translation>
    </message>
    <message>
        <source>Your &amp;note for the next officer:</source>
        <translation>&amp;Ghi chú cho công chức ca sau:</translation>
    </message>
    <message>
        <source>What to watch, what was promised, what is still to do…</source>
        <translation>Cần theo dõi gì, đã hẹn gì, còn việc gì phải làm…</translation>
    </message>
    <message>
        <source>&amp;Sign and hand over</source>
        <translation>&amp;Ký và bàn giao</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Lưu thành &amp;PDF…</translation>
    </message>
    <message>
        <source>Gathering your shift's work…</source>
        <translation>Đang tổng hợp công việc trong ca của bạn…</translation>
    </message>
    <message>
        <source>Your shift: {start} to {end}.</source>
        <translation>Ca của bạn: từ {start} đến {end}.</translation>
    </message>
    <message>
        <source>The note is too long: at most {count} characters.</source>
        <translation>Ghi chú quá dài: tối đa {count} ký tự.</translation>
    </message>
    <message>
        <source>Handed over at {time}: the note is in the check log.</source>
        <translation>Đã bàn giao lúc {time}: biên bản đã được ghi vào nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>It is not signed with the workstation key: {why}</source>
        <translation>Biên bản chưa được ký bằng khóa máy trạm: {why}</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Not acknowledged yet</source>
        <translation>Chưa được xác nhận</translation>
    </message>
    <message>
        <source>Shift handover record</source>
        <translation>Biên bản giao ca</translation>
    </message>
    <message>
        <source>{name} ({code}) — shift {start} to {end}</source>
        <translation>{name} ({code}) — ca từ {start} đến {end}</translation>
    </message>
    <message>
        <source>Officer handing over</source>
        <translation>Công chức giao ca</translation>
    </message>
    <message>
        <source>Officer taking over</source>
        <translation>Công chức nhận ca</translation>
    </message>
    <message>
        <source>Camera supervision of export processing enterprises</source>
        <translation>Giám sát doanh nghiệp chế xuất qua camera</translation>
    </message>
    <message>
        <source>Note of the officer</source>
        <translation>Ghi chú của công chức</translation>
    </message>
    <message>
        <source>Acknowledged by {name} ({code}) at {time}</source>
        <translation>{name} ({code}) đã xác nhận lúc {time}</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
</context>
<context>
    <name>HandoverViews</name>
    <message>
        <source>S&amp;hift</source>
        <translation>&amp;Ca trực</translation>
    </message>
    <message>
        <source>&amp;Hand over the shift…</source>
        <translation>&amp;Bàn giao ca…</translation>
    </message>
    <message>
        <source>Write and sign the handover note for the next officer on this workstation</source>
        <translation>Lập và ký biên bản giao ca cho công chức ca sau trên máy trạm này</translation>
    </message>
    <message>
        <source>Handovers of a &amp;day…</source>
        <translation>Các biên bản giao ca trong &amp;ngày…</translation>
    </message>
    <message>
        <source>A day's handovers side by side (team leads)</source>
        <translation>Các biên bản giao ca trong ngày đặt cạnh nhau (đội trưởng)</translation>
    </message>
</context>
<context>
    <name>HandoversOfDayWindow</name>
    <message>
        <source>Handovers of a day</source>
        <translation>Các biên bản giao ca trong ngày</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Lưu thành &amp;PDF…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Đang đọc…</translation>
    </message>
    <message>
        <source>No handover on this day.</source>
        <translation>Không có biên bản giao ca nào trong ngày này.</translation>
    </message>
    <message numerus="yes">
        <source>%n handover(s), in the order written.</source>
        <translation>
            <numerusform>%n biên bản giao ca, theo thứ tự lập.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthPolicy</name>
    <message>
        <source>Found by the health monitor: no camera of the EPE answers (suspected transmission fault).</source>
        <translation>Phát hiện qua giám sát tình trạng camera: không camera nào của DNCX phản hồi (nghi sự cố đường truyền).</translation>
    </message>
    <message>
        <source>Found by the health monitor: some cameras are down while others answer (suspected equipment fault).</source>
        <translation>Phát hiện qua giám sát tình trạng camera: một số camera gián đoạn trong khi các camera khác vẫn phản hồi (nghi sự cố thiết bị).</translation>
    </message>
    <message>
        <source>camera {number} ({position}): {condition}</source>
        <translation>camera số {number} ({position}): {condition}</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n lượt kiểm tra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned check(s)</source>
        <translation>
            <numerusform>%n lượt kiểm tra theo kế hoạch</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a working day</source>
        <translation>Không phải ngày làm việc</translation>
    </message>
    <message>
        <source>No EPEs to show.</source>
        <translation>Không có DNCX nào để hiển thị.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a customs file</source>
        <translation>Nhập tệp dữ liệu hải quan</translation>
    </message>
    <message>
        <source>Declarations, release confirmations, warehouse receipts and delivery notes, one per line (CSV UTF-8 or Excel .xlsx). Every line is checked first: nothing is imported while one line is wrong.</source>
        <translation>Tờ khai, xác nhận thông quan, phiếu nhập kho và phiếu xuất kho, mỗi dòng một chứng từ (CSV UTF-8 hoặc Excel .xlsx). Mọi dòng được kiểm tra trước: còn một dòng sai thì không nhập dòng nào.</translation>
    </message>
    <message>
        <source>The customs file (.csv or .xlsx)</source>
        <translation>Tệp dữ liệu hải quan (.csv hoặc .xlsx)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Check only</source>
        <translation>Chỉ kiểm tra</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Customs files (*.csv *.xlsx);;All files (*)</source>
        <translation>Tệp hải quan (*.csv *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>The file cannot be read: {why}</source>
        <translation>Không đọc được tệp: {why}</translation>
    </message>
    <message>
        <source>Nothing was imported from {name}: {n} problem(s) to fix in the file first.</source>
        <translation>Chưa nhập gì từ {name}: cần sửa {n} lỗi trong tệp trước.</translation>
    </message>
    <message>
        <source>{name} can be imported ({rows} lines). {summary}</source>
        <translation>{name} có thể nhập ({rows} dòng). {summary}</translation>
    </message>
    <message>
        <source>{name} was imported. {summary}</source>
        <translation>Đã nhập {name}. {summary}</translation>
    </message>
    <message>
        <source>{kind} {number} ({direction}): {codes}; {start} to {end}</source>
        <translation>{kind} {number} ({direction}): {codes}; {start} đến {end}</translation>
    </message>
</context>
<context>
    <name>InterruptionReports</name>
    <message>
        <source>Decision 247/QĐ-TCHQ, section I.2.3</source>
        <translation>Quyết định 247/QĐ-TCHQ, mục I.2.3</translation>
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
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Cameras (diagram numbers)</source>
        <translation>Camera (số trên sơ đồ)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại sự cố</translation>
    </message>
    <message>
        <source>Began (Vietnam time)</source>
        <translation>Bắt đầu (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>Restored (Vietnam time)</source>
        <translation>Khắc phục xong (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời gian gián đoạn</translation>
    </message>
    <message>
        <source>Duration (hours)</source>
        <translation>Thời gian gián đoạn (giờ)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn khắc phục</translation>
    </message>
    <message>
        <source>Deadline met</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Số ngày quá hạn</translation>
    </message>
    <message>
        <source>Extended to</source>
        <translation>Gia hạn đến</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Số lần cập nhật</translation>
    </message>
    <message>
        <source>Working days without follow-up</source>
        <translation>Số ngày làm việc không cập nhật</translation>
    </message>
    <message>
        <source>Gate camera</source>
        <translation>Camera cổng</translation>
    </message>
    <message>
        <source>Time (Vietnam)</source>
        <translation>Thời gian (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>Camera (diagram number)</source>
        <translation>Camera (số trên sơ đồ)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự việc</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Công chức</translation>
    </message>
    <message>
        <source>Interruption</source>
        <translation>Gián đoạn</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>{kind}: by the end of working day {n} after the day it began, not counting Saturdays, Sundays and public holidays.</source>
        <translation>{kind}: hết ngày làm việc thứ {n} sau ngày bắt đầu, không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ.</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} giờ {m:02d} phút</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tất cả</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>chưa đến hạn</translation>
    </message>
    <message>
        <source>{d} d {h:02d} h {m:02d} min</source>
        <translation>{d} ngày {h:02d} giờ {m:02d} phút</translation>
    </message>
    <message>
        <source>Returned to service</source>
        <translation>Hoạt động trở lại</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Không theo dõi được</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>giám sát tự động</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>công chức</translation>
    </message>
    <message>
        <source>whole EPE</source>
        <translation>toàn bộ DNCX</translation>
    </message>
    <message>
        <source>not restored</source>
        <translation>chưa khắc phục</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Outage: {condition}</source>
        <translation>Gián đoạn: {condition}</translation>
    </message>
</context>
<context>
    <name>InterruptionReportsPdf</name>
    <message>
        <source>Logbook of power failures, outages, repairs and maintenance by time, position and camera number (Decision 247/QĐ-TCHQ, section I.1.1).</source>
        <translation>Sổ nhật ký ghi nhận mất điện, gián đoạn, sửa chữa, bảo trì theo thời gian, vị trí và số hiệu camera (Quyết định 247/QĐ-TCHQ, mục I.1.1).</translation>
    </message>
    <message>
        <source>Register of interruptions of EPE camera systems</source>
        <translation>Sổ theo dõi gián đoạn hệ thống camera giám sát của DNCX</translation>
    </message>
    <message>
        <source>A gate camera is down: the EPE keeps a manual log of the vehicles and containers entering and leaving until it is restored.</source>
        <translation>Camera cổng bị gián đoạn: DNCX lập sổ theo dõi thủ công phương tiện, container ra vào cho đến khi khắc phục xong.</translation>
    </message>
    <message>
        <source>Camera logbook</source>
        <translation>Sổ nhật ký camera</translation>
    </message>
    <message>
        <source>Legal basis: {basis}. Past the deadline the EPE sends a written reason and a new expected date; the officer in charge updates the status every working day.</source>
        <translation>Căn cứ: {basis}. Quá thời hạn, DNCX phải có văn bản nêu rõ lý do và thời gian dự kiến hoàn thành; công chức được phân công cập nhật tình trạng khắc phục hằng ngày làm việc.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại sự cố</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Khắc phục xong</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Deadline met</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>not restored</source>
        <translation>chưa khắc phục</translation>
    </message>
    <message>
        <source>Made on {date} at {time} (Vietnam time).</source>
        <translation>Lập ngày {date} lúc {time} (giờ Việt Nam).</translation>
    </message>
    <message>
        <source>{name}; address: {address}; tax ID: {tax_id}</source>
        <translation>{name}; địa chỉ: {address}; mã số thuế: {tax_id}</translation>
    </message>
    <message>
        <source>Began {moment} (Vietnam time); cameras of the diagram: {cameras}.</source>
        <translation>Bắt đầu lúc {moment} (giờ Việt Nam); vị trí theo sơ đồ: {cameras}.</translation>
    </message>
    <message>
        <source>1. Name, address, tax identification number of the enterprise under customs supervision:</source>
        <translation>1. Tên, địa chỉ, mã số thuế của doanh nghiệp chịu sự giám sát hải quan:</translation>
    </message>
    <message>
        <source>2. Description of the current status and causes of the technical issue (location, quantity according to the diagram provided to customs):</source>
        <translation>2. Mô tả hiện trạng, nguyên nhân sự cố kỹ thuật (vị trí, số lượng theo sơ đồ đã cung cấp cho cơ quan hải quan):</translation>
    </message>
    <message>
        <source>3. Effects of the interruption on customs supervision:</source>
        <translation>3. Ảnh hưởng của sự cố đến công tác giám sát hải quan:</translation>
    </message>
    <message>
        <source>4. Estimated time for restoration:</source>
        <translation>4. Thời gian dự kiến khắc phục:</translation>
    </message>
    <message>
        <source>5. Contact of the enterprise's technician:</source>
        <translation>5. Thông tin liên hệ của cán bộ kỹ thuật doanh nghiệp:</translation>
    </message>
    <message>
        <source>Pursuant to Decision 247/QĐ-TCHQ of the General Department of Customs, {name} notifies the interruption of its surveillance camera system for goods under customs supervision as follows:</source>
        <translation>Căn cứ Quyết định 247/QĐ-TCHQ của Tổng cục Hải quan, {name} thông báo sự cố hệ thống camera giám sát hàng hóa chịu sự giám sát hải quan như sau:</translation>
    </message>
    <message>
        <source>Restoration deadline: {day} ({rule})</source>
        <translation>Thời hạn khắc phục: {day} ({rule})</translation>
    </message>
    <message>
        <source>Filled from record {id} of the customs register of interruptions.</source>
        <translation>Lập từ bản ghi {id} của sổ theo dõi gián đoạn của cơ quan hải quan.</translation>
    </message>
    <message>
        <source>{name} — tax ID {tax_id}, {start} to {end}</source>
        <translation>{name} — mã số thuế {tax_id}, từ {start} đến {end}</translation>
    </message>
    <message>
        <source>Time (Vietnam)</source>
        <translation>Thời gian (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự việc</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Công chức</translation>
    </message>
    <message>
        <source>Interruption</source>
        <translation>Gián đoạn</translation>
    </message>
    <message>
        <source>%n day(s) overdue</source>
        <translation>quá hạn %n ngày</translation>
    </message>
    <message>
        <source>{count} note(s); {missing} working day(s) without</source>
        <translation>{count} lần; {missing} ngày làm việc không cập nhật</translation>
    </message>
    <message>
        <source>(gate camera)</source>
        <translation>(camera cổng)</translation>
    </message>
    <message>
        <source>{number}. {name} — tax ID {tax_id}</source>
        <translation>{number}. {name} — mã số thuế {tax_id}</translation>
    </message>
    <message>
        <source>{count} interruption(s): deadline met {met}, missed {missed}, overdue and open {overdue}, open {open}.</source>
        <translation>{count} lần gián đoạn: đúng hạn {met}, không đạt {missed}, quá hạn chưa khắc phục {overdue}, đang gián đoạn {open}.</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Người lập</translation>
    </message>
    <message>
        <source>(signature, full name)</source>
        <translation>(ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>Head of unit</source>
        <translation>Thủ trưởng đơn vị</translation>
    </message>
    <message>
        <source>(signature, full name, seal)</source>
        <translation>(ký, ghi rõ họ tên, đóng dấu)</translation>
    </message>
    <message>
        <source>Register of interruptions {month}</source>
        <translation>Sổ theo dõi gián đoạn {month}</translation>
    </message>
    <message>
        <source>Notification of interruption of the surveillance camera system of the EPE</source>
        <translation>Thông báo sự cố hệ thống camera giám sát của DNCX</translation>
    </message>
    <message>
        <source>(Appendix II, Decision 247/QĐ-TCHQ)</source>
        <translation>(Phụ lục II, Quyết định 247/QĐ-TCHQ)</translation>
    </message>
    <message>
        <source>Appendix II notification {id}</source>
        <translation>Thông báo sự cố theo Phụ lục II {id}</translation>
    </message>
    <message>
        <source>Camera logbook {name}</source>
        <translation>Sổ nhật ký camera {name}</translation>
    </message>
    <message>
        <source>Month {month}</source>
        <translation>Tháng {month}</translation>
    </message>
    <message>
        <source>Extended to {day}.</source>
        <translation>Gia hạn đến {day}.</translation>
    </message>
    <message>
        <source>For your information./.</source>
        <translation>Trân trọng thông báo./.</translation>
    </message>
    <message>
        <source>camera no. {number}</source>
        <translation>camera số {number}</translation>
    </message>
    <message>
        <source>extended to {day}</source>
        <translation>gia hạn đến {day}</translation>
    </message>
    <message>
        <source>No interruption was recorded in this month.</source>
        <translation>Không có gián đoạn nào trong tháng.</translation>
    </message>
    <message>
        <source>Median restoration time {hours:.1f} h.</source>
        <translation>Thời gian khắc phục trung vị {hours:.1f} giờ.</translation>
    </message>
    <message>
        <source>camera no. {number} ({place})</source>
        <translation>camera số {number} ({place})</translation>
    </message>
    <message>
        <source>Nothing was recorded in this period.</source>
        <translation>Không có sự việc nào trong khoảng thời gian này.</translation>
    </message>
    <message>
        <source>Kind: {kind}.</source>
        <translation>Loại sự cố: {kind}.</translation>
    </message>
    <message>
        <source>Cause: {cause}</source>
        <translation>Nguyên nhân: {cause}</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Người đại diện theo pháp luật</translation>
    </message>
</context>
<context>
    <name>InterruptionViews</name>
    <message>
        <source>&amp;Interruptions</source>
        <translation>&amp;Gián đoạn</translation>
    </message>
    <message>
        <source>Interruption &amp;register…</source>
        <translation>&amp;Sổ theo dõi gián đoạn…</translation>
    </message>
    <message>
        <source>Camera interruptions of the EPEs, their deadlines and daily follow-up</source>
        <translation>Các gián đoạn camera của DNCX, hạn khắc phục và việc cập nhật hằng ngày</translation>
    </message>
</context>
<context>
    <name>Interruptions</name>
    <message>
        <source>Deadline: the end of working day {count} after the day the interruption began (Saturdays, Sundays and public holidays not counted).</source>
        <translation>Hạn: hết ngày làm việc thứ {count} sau ngày bắt đầu gián đoạn (không tính thứ Bảy, Chủ nhật, ngày lễ).</translation>
    </message>
    <message>
        <source>Camera or equipment fault</source>
        <translation>Sự cố camera, thiết bị</translation>
    </message>
    <message>
        <source>Transmission fault</source>
        <translation>Sự cố đường truyền</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Đã gia hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Cập nhật tình trạng</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <source>Manual log attached</source>
        <translation>Đã đính kèm sổ theo dõi thủ công</translation>
    </message>
    <message>
        <source>Gate camera {cameras} is down: the EPE must keep a manual log of the vehicles and containers passing the gate until it works again. Attach it here when the EPE hands it over.</source>
        <translation>Camera cổng {cameras} đang gián đoạn: DNCX phải ghi sổ theo dõi thủ công phương tiện, container ra vào cổng cho đến khi camera hoạt động lại. Đính kèm sổ tại đây khi DNCX gửi.</translation>
    </message>
    <message>
        <source>Write the reason the EPE gave in writing for the late restoration.</source>
        <translation>Hãy ghi lý do DNCX giải trình bằng văn bản về việc khắc phục chậm.</translation>
    </message>
    <message>
        <source>Unknown source of the interruption.</source>
        <translation>Không rõ nguồn ghi nhận gián đoạn.</translation>
    </message>
    <message>
        <source>Name at least one camera by its diagram number.</source>
        <translation>Hãy chọn ít nhất một camera theo số hiệu trên sơ đồ.</translation>
    </message>
    <message>
        <source>Say in which time zone the interruption began.</source>
        <translation>Hãy cho biết múi giờ của thời điểm bắt đầu gián đoạn.</translation>
    </message>
    <message>
        <source>The interruption cannot begin in the future.</source>
        <translation>Thời điểm bắt đầu gián đoạn không thể ở tương lai.</translation>
    </message>
    <message>
        <source>Write the cause of the interruption.</source>
        <translation>Hãy ghi nguyên nhân gián đoạn.</translation>
    </message>
    <message>
        <source>The notification cannot be dated in the future.</source>
        <translation>Ngày thông báo không thể ở tương lai.</translation>
    </message>
    <message>
        <source>Write a closing note: how and when the cameras came back.</source>
        <translation>Hãy ghi nội dung kết thúc: camera hoạt động lại khi nào và như thế nào.</translation>
    </message>
    <message>
        <source>A manual vehicle and container log is kept only while a gate camera is down.</source>
        <translation>Sổ theo dõi thủ công phương tiện, container chỉ áp dụng khi camera cổng bị gián đoạn.</translation>
    </message>
    <message>
        <source>This interruption is already closed.</source>
        <translation>Gián đoạn này đã được đóng.</translation>
    </message>
    <message>
        <source>Write a note: the troubleshooting status today.</source>
        <translation>Hãy ghi nội dung: tình trạng khắc phục hôm nay.</translation>
    </message>
    <message>
        <source>Choose the kind of fault.</source>
        <translation>Hãy chọn loại sự cố.</translation>
    </message>
    <message>
        <source>This EPE is not in the registry.</source>
        <translation>DNCX này không có trong danh mục.</translation>
    </message>
    <message>
        <source>{epe} has no camera number {numbers} on its diagram.</source>
        <translation>{epe} không có camera số {numbers} trên sơ đồ.</translation>
    </message>
    <message>
        <source>The new expected date must be after the deadline ({due}).</source>
        <translation>Ngày dự kiến mới phải sau hạn khắc phục ({due}).</translation>
    </message>
    <message>
        <source>No interruption with the ID {id}.</source>
        <translation>Không có gián đoạn nào mang mã {id}.</translation>
    </message>
    <message>
        <source>The copy of the file could not be kept in {folder}: {error}</source>
        <translation>Không lưu được bản sao của tệp vào {folder}: {error}</translation>
    </message>
    <message>
        <source>Several interruptions have IDs starting with {id}: give more of it.</source>
        <translation>Có nhiều gián đoạn có mã bắt đầu bằng {id}: hãy nhập dài hơn.</translation>
    </message>
    <message>
        <source>No officer with the code {code} on this workstation.</source>
        <translation>Không có cán bộ mã {code} trên máy trạm này.</translation>
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
    <name>Ledger</name>
    <message>
        <source>A check record is incomplete or damaged.</source>
        <translation>Một bản ghi lượt kiểm tra bị thiếu nội dung hoặc bị hỏng.</translation>
    </message>
    <message>
        <source>An amendment record is incomplete or damaged.</source>
        <translation>Một bản ghi sửa đổi bị thiếu nội dung hoặc bị hỏng.</translation>
    </message>
    <message>
        <source>An interruption or logbook record is incomplete or damaged.</source>
        <translation>Một bản ghi gián đoạn hoặc sổ nhật ký bị thiếu hoặc hỏng.</translation>
    </message>
    <message>
        <source>A handover record is incomplete or damaged.</source>
        <translation>Bản ghi giao ca không đầy đủ hoặc bị hỏng.</translation>
    </message>
    <message>
        <source>A case record is incomplete or damaged.</source>
        <translation>Một bản ghi vụ việc bị thiếu hoặc hỏng.</translation>
    </message>
    <message>
        <source>A shift review record is incomplete.</source>
        <translation>Một bản ghi rà soát đầu ca thiếu thông tin hoặc bị hỏng.</translation>
    </message>
    <message>
        <source>A reconciliation decision record is incomplete or damaged.</source>
        <translation>Bản ghi quyết định đối chiếu tờ khai bị thiếu hoặc hỏng.</translation>
    </message>
    <message>
        <source>An audit record is incomplete or damaged.</source>
        <translation>Một bản ghi kiểm toán bị thiếu nội dung hoặc bị hỏng.</translation>
    </message>
    <message>
        <source>the head file</source>
        <translation>tệp đầu nhật ký</translation>
    </message>
    <message>
        <source>The officer profile {code} is not in the log: it was added to the officers table directly.</source>
        <translation>Hồ sơ công chức {code} không có trong nhật ký: hồ sơ đã được thêm thẳng vào bảng công chức.</translation>
    </message>
    <message>
        <source>The officers table gives {code} the role {role}, but the log records {recorded}: the role was changed in the table, not by a team lead.</source>
        <translation>Bảng công chức ghi {code} có vai trò {role}, nhưng nhật ký ghi {recorded}: vai trò đã bị sửa trong bảng, không phải do tổ trưởng thay đổi.</translation>
    </message>
    <message>
        <source>The officers table switches {code} {state}, but the log does not: the profile was changed in the table, not by a team lead.</source>
        <translation>Bảng công chức đặt hồ sơ {code} ở trạng thái {state}, nhưng nhật ký không ghi như vậy: hồ sơ đã bị sửa trong bảng, không phải do tổ trưởng thay đổi.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>bật</translation>
    </message>
    <message>
        <source>off</source>
        <translation>tắt</translation>
    </message>
    <message>
        <source>The log's head file ({path}) is damaged, so a cut at the end of the log cannot be ruled out.</source>
        <translation>Tệp đầu nhật ký ({path}) bị hỏng, nên không thể loại trừ việc cuối nhật ký đã bị cắt bớt.</translation>
    </message>
    <message>
        <source>The log's head file ({path}) was deleted, so records cut from the end of the log cannot be counted from it.</source>
        <translation>Tệp đầu nhật ký ({path}) đã bị xóa, nên không thể dựa vào nó để đếm các bản ghi bị cắt khỏi cuối nhật ký.</translation>
    </message>
    <message>
        <source>The log's head file belongs to another workstation: the registry file was replaced.</source>
        <translation>Tệp đầu nhật ký thuộc về một máy trạm khác: tệp sổ đăng ký đã bị thay thế.</translation>
    </message>
    <message>
        <source>SQLite has numbered {count} record(s) after the last one here (number {seq}): records were deleted from the end of the log.</source>
        <translation>SQLite đã đánh số {count} bản ghi sau bản ghi cuối cùng còn lại (số {seq}): các bản ghi đã bị xóa khỏi cuối nhật ký.</translation>
    </message>
    <message>
        <source>the head file {path}</source>
        <translation>tệp đầu nhật ký {path}</translation>
    </message>
    <message>
        <source>Record {seq} no longer has the hash {where} keeps for it: the log was rewritten up to there (hashes recomputed).</source>
        <translation>Bản ghi {seq} không còn mang mã băm mà {where} lưu cho nó: nhật ký đã bị viết lại đến đó (mã băm bị tính lại).</translation>
    </message>
    <message>
        <source>after record {seq} (written {time})</source>
        <translation>sau bản ghi {seq} (ghi lúc {time})</translation>
    </message>
    <message>
        <source>from the first record on</source>
        <translation>từ bản ghi đầu tiên trở đi</translation>
    </message>
    <message>
        <source>{count} record(s) are missing at the end of the log, {after}: {where} knows {known} record(s) up to number {seq}, written {time}.</source>
        <translation>Thiếu {count} bản ghi ở cuối nhật ký, {after}: {where} ghi nhận {known} bản ghi đến số {seq}, ghi lúc {time}.</translation>
    </message>
    <message>
        <source>This record does not follow the one before it: a record before it was deleted, inserted or changed.</source>
        <translation>Bản ghi này không nối tiếp bản ghi liền trước: một bản ghi trước nó đã bị xóa, chèn thêm hoặc thay đổi.</translation>
    </message>
    <message>
        <source>This record was changed after it was written.</source>
        <translation>Bản ghi này đã bị thay đổi sau khi được ghi.</translation>
    </message>
    <message>
        <source>This record cannot be read: it was damaged.</source>
        <translation>Không đọc được bản ghi này: bản ghi đã bị hỏng.</translation>
    </message>
    <message>
        <source>The checks table no longer matches the log for this check (the table was edited).</source>
        <translation>Bảng lượt kiểm tra không còn khớp với nhật ký đối với lượt kiểm tra này (bảng đã bị sửa).</translation>
    </message>
    <message>
        <source>The checks table lists a check that is not in the log (it was added to the table directly).</source>
        <translation>Bảng lượt kiểm tra có một lượt kiểm tra không có trong nhật ký (lượt này được thêm thẳng vào bảng).</translation>
    </message>
    <message>
        <source>The interruption register or the camera logbook no longer matches the log for this record (its table was edited).</source>
        <translation>Sổ theo dõi gián đoạn hoặc sổ nhật ký camera không còn khớp với nhật ký đối với bản ghi này (bảng đã bị sửa).</translation>
    </message>
    <message>
        <source>The cases table no longer matches the log for this case (the table was edited).</source>
        <translation>Bảng vụ việc không còn khớp với nhật ký ở vụ việc này (bảng đã bị sửa).</translation>
    </message>
    <message>
        <source>This checkpoint does not match the records before it: records before it were deleted or the log was rewritten.</source>
        <translation>Điểm niêm phong này không khớp với các bản ghi trước nó: các bản ghi trước đó đã bị xóa hoặc nhật ký đã bị viết lại.</translation>
    </message>
    <message>
        <source>This checkpoint's signature does not match the team key: the log up to here was rewritten without the key.</source>
        <translation>Chữ ký của điểm niêm phong này không khớp với khóa của tổ: nhật ký đến đây đã bị viết lại mà không có khóa.</translation>
    </message>
    <message>
        <source>the keyring</source>
        <translation>kho mật khẩu của hệ thống</translation>
    </message>
    <message>
        <source>{file} was exported by another workstation (or an older epewall): it cannot vouch for this workstation's log.</source>
        <translation>{file} được xuất từ một máy trạm khác (hoặc từ phiên bản epewall cũ hơn): không thể dùng để đối chứng nhật ký của máy trạm này.</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>e.g. Cục Hải quan TP. Hồ Chí Minh</source>
        <translation>ví dụ: Cục Hải quan TP. Hồ Chí Minh</translation>
    </message>
    <message>
        <source>e.g. Chi cục Hải quan Khu chế xuất Tân Thuận</source>
        <translation>ví dụ: Chi cục Hải quan Khu chế xuất Tân Thuận</translation>
    </message>
    <message>
        <source>e.g. HQKCXTT</source>
        <translation>ví dụ: HQKCXTT</translation>
    </message>
    <message>
        <source>e.g. TP. Hồ Chí Minh</source>
        <translation>ví dụ: TP. Hồ Chí Minh</translation>
    </message>
    <message>
        <source>Superior agency:</source>
        <translation>Cơ quan cấp trên:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Unit code in document numbers:</source>
        <translation>Chữ viết tắt của đơn vị trong số văn bản:</translation>
    </message>
    <message>
        <source>Place on the date line:</source>
        <translation>Địa danh ghi ở dòng ngày tháng:</translation>
    </message>
    <message>
        <source>Letterhead of printed documents</source>
        <translation>Thể thức văn bản in</translation>
    </message>
</context>
<context>
    <name>LiveGateControl</name>
    <message>
        <source>Read the &amp;gate cameras live (containers, plates)</source>
        <translation>Đọc trực tiếp camera cổ&amp;ng (container, biển số xe)</translation>
    </message>
    <message>
        <source>Read container numbers and plates from the gate cameras on the wall and keep them for the reconciliation</source>
        <translation>Đọc số container và biển số xe từ các camera cổng đang hiển thị trên màn hình và lưu lại để đối chiếu</translation>
    </message>
</context>
<context>
    <name>LogExchange</name>
    <message>
        <source>A team key is 64 hexadecimal digits (0-9, a-f), as the team lead got it from 'epewall log key new'.</source>
        <translation>Khóa của tổ gồm 64 chữ số thập lục phân (0-9, a-f), đúng như tổ trưởng nhận được từ lệnh 'epewall log key new'.</translation>
    </message>
    <message>
        <source>The log file could not be written: {reason} ({path})</source>
        <translation>Không ghi được tệp nhật ký: {reason} ({path})</translation>
    </message>
    <message>
        <source>{file} was refused: {detail}</source>
        <translation>{file} bị từ chối: {detail}</translation>
    </message>
    <message>
        <source>it is not an epewall log file, or it was damaged.</source>
        <translation>tệp không phải tệp nhật ký của epewall, hoặc đã bị hỏng.</translation>
    </message>
    <message>
        <source>it was written by another version of epewall that this one cannot read.</source>
        <translation>tệp được ghi bởi một phiên bản epewall khác mà phiên bản này không đọc được.</translation>
    </message>
    <message>
        <source>it was signed with another team key. Check that this workstation and the one that exported it have the same team key.</source>
        <translation>tệp được ký bằng một khóa của tổ khác. Hãy kiểm tra máy trạm này và máy trạm đã xuất tệp có cùng khóa của tổ hay không.</translation>
    </message>
    <message>
        <source>it was changed after it was exported (its records are missing).</source>
        <translation>tệp đã bị thay đổi sau khi xuất (thiếu các bản ghi).</translation>
    </message>
    <message>
        <source>record {number} of {count} was changed, added or removed after the file was exported.</source>
        <translation>bản ghi {number}/{count} đã bị thay đổi, thêm vào hoặc xóa đi sau khi xuất tệp.</translation>
    </message>
    <message>
        <source>records at the end of the file were removed after it was exported.</source>
        <translation>các bản ghi ở cuối tệp đã bị xóa sau khi xuất tệp.</translation>
    </message>
    <message>
        <source>it was changed after it was exported (its signature does not match).</source>
        <translation>tệp đã bị thay đổi sau khi xuất (chữ ký không khớp).</translation>
    </message>
    <message>
        <source>record {number} has the ID of a record already here but different content: one of the two logs was changed.</source>
        <translation>bản ghi {number} trùng ID với một bản ghi đã có ở đây nhưng khác nội dung: một trong hai nhật ký đã bị thay đổi.</translation>
    </message>
    <message>
        <source>record {number} cannot be read.</source>
        <translation>không đọc được bản ghi {number}.</translation>
    </message>
</context>
<context>
    <name>Logbook</name>
    <message>
        <source>The time of the entry cannot be in the future.</source>
        <translation>Thời điểm ghi sổ không thể ở tương lai.</translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation>Hãy ghi nội dung sự việc.</translation>
    </message>
    <message>
        <source>Power failure</source>
        <translation>Mất điện</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Sửa chữa</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Bảo trì</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>This EPE is not in the registry.</source>
        <translation>DNCX này không có trong danh mục.</translation>
    </message>
    <message>
        <source>No interruption with the ID {id}.</source>
        <translation>Không có gián đoạn nào mang mã {id}.</translation>
    </message>
    <message>
        <source>{epe} has no camera number {number} on its diagram.</source>
        <translation>{epe} không có camera số {number} trên sơ đồ.</translation>
    </message>
</context>
<context>
    <name>LogbookLauncher</name>
    <message>
        <source>Camera lo&amp;gbook…</source>
        <translation>Sổ &amp;nhật ký camera…</translation>
    </message>
    <message>
        <source>Outages, power failures, repairs and maintenance of the selected cameras</source>
        <translation>Gián đoạn, mất điện, sửa chữa và bảo trì của các camera đã chọn</translation>
    </message>
</context>
<context>
    <name>LogbookView</name>
    <message>
        <source>Camera logbook — {name} ({tax_id})</source>
        <translation>Sổ nhật ký camera — {name} ({tax_id})</translation>
    </message>
    <message>
        <source>All cameras</source>
        <translation>Tất cả camera</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Camera:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>Time (Vietnam)</source>
        <translation>Thời gian (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự việc</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Công chức</translation>
    </message>
    <message>
        <source>Interruption</source>
        <translation>Gián đoạn</translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation>&amp;Thêm mục…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Xuất C&amp;SV…</translation>
    </message>
    <message>
        <source>Log in to add entries to the logbook.</source>
        <translation>Đăng nhập để ghi sổ nhật ký.</translation>
    </message>
    <message>
        <source>Your role may read the logbook, not add to it.</source>
        <translation>Vai trò của bạn chỉ được xem sổ nhật ký, không được ghi thêm.</translation>
    </message>
    <message>
        <source>Reading the logbook…</source>
        <translation>Đang đọc sổ nhật ký…</translation>
    </message>
    <message>
        <source>The logbook could not be read: {error}</source>
        <translation>Không đọc được sổ nhật ký: {error}</translation>
    </message>
    <message>
        <source>{outages} outage(s) seen by the monitor, {entries} officer entry(ies).</source>
        <translation>Giám sát tự động ghi nhận {outages} lần gián đoạn; công chức ghi {entries} mục.</translation>
    </message>
    <message>
        <source>Save the logbook as PDF</source>
        <translation>Lưu sổ nhật ký dạng PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the logbook as CSV</source>
        <translation>Lưu sổ nhật ký dạng CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Đã lưu {path}.</translation>
    </message>
    <message>
        <source>The file could not be written ({error}).</source>
        <translation>Không ghi được tệp ({error}).</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>Tệp chưa được lưu</translation>
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
        <source>&amp;Verify evidence…</source>
        <translation>&amp;Kiểm tra chứng cứ…</translation>
    </message>
    <message>
        <source>Check an evidence export folder: its signature, its signer and every file</source>
        <translation>Kiểm tra một thư mục chứng cứ đã xuất: chữ ký, máy trạm đã ký và từng tệp</translation>
    </message>
    <message>
        <source>Evidence signing &amp;keys of the workstations…</source>
        <translation>Khóa ký chứng cứ của các &amp;máy trạm…</translation>
    </message>
    <message>
        <source>This workstation's fingerprint; the keys the team trusts (team leads)</source>
        <translation>Dấu vân tay của máy trạm này; các khóa đội tin cậy (đội trưởng)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Thiết lập…</translation>
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
        <source>&amp;Live view</source>
        <translation>Xem &amp;trực tiếp</translation>
    </message>
    <message>
        <source>Put the camera, or the EPE's cameras, on the wall</source>
        <translation>Đưa camera, hoặc các camera của DNCX, lên tường video</translation>
    </message>
    <message>
        <source>Play&amp;back</source>
        <translation>&amp;Xem lại</translation>
    </message>
    <message>
        <source>Open the recorder's playback of the camera (or the EPE) from 30 s ago</source>
        <translation>Mở phần xem lại bản ghi của camera (hoặc của DNCX) từ 30 giây trước</translation>
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
        <source>Your role does not allow playback. Ask a team lead.</source>
        <translation>Vai trò của bạn không được phép xem lại bản ghi. Hãy đề nghị tổ trưởng.</translation>
    </message>
    <message>
        <source>EPE: %1 (tax ID %2)</source>
        <translation>DNCX: %1 (mã số thuế %2)</translation>
    </message>
    <message>
        <source>Camera no. %1: %2</source>
        <translation>Camera số %1: %2</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Vị trí: %1</translation>
    </message>
    <message>
        <source>Must be online with customs: %1</source>
        <translation>Bắt buộc kết nối trực tuyến với hải quan: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Main stream: %1</source>
        <translation>Luồng chính: %1</translation>
    </message>
    <message>
        <source>Sub stream: %1</source>
        <translation>Luồng phụ: %1</translation>
    </message>
    <message>
        <source>On the wall: %1</source>
        <translation>Trên tường video: %1</translation>
    </message>
    <message>
        <source>Camera details</source>
        <translation>Thông tin camera</translation>
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
    <message>
        <source>Tour</source>
        <translation>Vòng giám sát</translation>
    </message>
    <message>
        <source>A screen was unplugged: the wall “%1” now plays behind this window (Alt+Tab shows it; it goes back when the screen returns).</source>
        <translation>Một màn hình đã bị rút: tường video “%1” đang phát phía sau cửa sổ này (Alt+Tab để xem; tường video trở lại khi màn hình được cắm lại).</translation>
    </message>
    <message>
        <source>Waiting for another epewall window to finish writing…</source>
        <translation>Đang chờ một cửa sổ epewall khác ghi xong…</translation>
    </message>
    <message>
        <source>Log in as an officer to open the interruption register.</source>
        <translation>Hãy đăng nhập bằng tài khoản công chức để mở sổ theo dõi gián đoạn.</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Lưu tệp mẫu</translation>
    </message>
    <message>
        <source>epewall-sites-template.csv</source>
        <translation>epewall-mau-danh-muc.csv</translation>
    </message>
    <message>
        <source>Template saved to %1: fill one row per camera, then import it.</source>
        <translation>Đã lưu tệp mẫu vào %1: điền mỗi camera một dòng, rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>Chưa lưu được tệp mẫu</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Open a case</source>
        <translation>Mở vụ việc</translation>
    </message>
    <message>
        <source>&amp;EPE:</source>
        <translation>&amp;DNCX:</translation>
    </message>
    <message>
        <source>Attached from the start:</source>
        <translation>Đính kèm ngay khi mở:</translation>
    </message>
    <message>
        <source>&amp;Facts: what was seen, when and on which camera (Vietnam time)</source>
        <translation>&amp;Sự việc: thấy gì, lúc nào, trên camera nào (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Mở vụ việc</translation>
    </message>
    <message>
        <source>Add the EPE to the registry first.</source>
        <translation>Hãy thêm DNCX vào danh mục trước.</translation>
    </message>
    <message>
        <source>Writing the case to the check log…</source>
        <translation>Đang ghi vụ việc vào nhật ký kiểm tra…</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Close the interruption</source>
        <translation>Đóng gián đoạn</translation>
    </message>
    <message>
        <source>{epe}, cameras {cameras}: how and when did the cameras come back?</source>
        <translation>{epe}, camera {cameras}: camera hoạt động lại khi nào và như thế nào?</translation>
    </message>
    <message>
        <source>Follow-up of today</source>
        <translation>Cập nhật tình trạng hôm nay</translation>
    </message>
    <message>
        <source>{epe}, cameras {cameras}: the troubleshooting status today.</source>
        <translation>{epe}, camera {cameras}: tình trạng khắc phục hôm nay.</translation>
    </message>
</context>
<context>
    <name>NotificationDialog</name>
    <message>
        <source>Open an interruption from the EPE's notification</source>
        <translation>Ghi nhận gián đoạn theo thông báo của DNCX</translation>
    </message>
    <message>
        <source>Enterprise (DNCX):</source>
        <translation>Doanh nghiệp (DNCX):</translation>
    </message>
    <message>
        <source>Address, tax ID:</source>
        <translation>Địa chỉ, mã số thuế:</translation>
    </message>
    <message>
        <source>Cameras (diagram numbers):</source>
        <translation>Camera (số hiệu trên sơ đồ):</translation>
    </message>
    <message>
        <source>Description of the interruption:</source>
        <translation>Mô tả sự cố gián đoạn:</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Nguyên nhân:</translation>
    </message>
    <message>
        <source>Effect on customs supervision:</source>
        <translation>Ảnh hưởng đến giám sát hải quan:</translation>
    </message>
    <message>
        <source>Estimated restoration:</source>
        <translation>Thời gian dự kiến khắc phục:</translation>
    </message>
    <message>
        <source>Technician to contact:</source>
        <translation>Kỹ thuật viên liên hệ:</translation>
    </message>
    <message>
        <source>Kind of fault:</source>
        <translation>Loại sự cố:</translation>
    </message>
    <message>
        <source>Began at (Vietnam time):</source>
        <translation>Bắt đầu lúc (giờ Việt Nam):</translation>
    </message>
    <message>
        <source>Date notified:</source>
        <translation>Ngày thông báo:</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>Số văn bản:</translation>
    </message>
    <message>
        <source>No EPE in the registry.</source>
        <translation>Danh mục chưa có DNCX nào.</translation>
    </message>
    <message>
        <source>{address} · tax ID {tax_id}</source>
        <translation>{address} · mã số thuế {tax_id}</translation>
    </message>
    <message>
        <source>Due on: {date}</source>
        <translation>Ngày hết hạn: {date}</translation>
    </message>
</context>
<context>
    <name>Ocr</name>
    <message>
        <source>The text reader (RapidOCR) is not installed on this computer; run the set-up again to install it.</source>
        <translation>Bộ nhận dạng ký tự (RapidOCR) chưa được cài trên máy này; hãy chạy lại bước cài đặt để cài nó.</translation>
    </message>
    <message>
        <source>The text reader's models cannot be loaded ({reason}).</source>
        <translation>Không nạp được các mô hình của bộ nhận dạng ký tự ({reason}).</translation>
    </message>
</context>
<context>
    <name>OfficerControls</name>
    <message>
        <source>No officer logged in (view only)</source>
        <translation>Chưa có công chức đăng nhập (chỉ xem)</translation>
    </message>
    <message>
        <source>Officer: %1 · %2</source>
        <translation>Công chức: %1 · %2</translation>
    </message>
    <message>
        <source>Your PIN was changed.</source>
        <translation>Đã đổi mã PIN của bạn.</translation>
    </message>
    <message>
        <source>&amp;Rotation</source>
        <translation>&amp;Kiểm tra luân phiên</translation>
    </message>
    <message>
        <source>S&amp;witch officer…</source>
        <translation>Đổi &amp;công chức…</translation>
    </message>
    <message>
        <source>The next officer of the shift logs in with their PIN</source>
        <translation>Công chức trực ca tiếp theo đăng nhập bằng mã PIN của mình</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>Change my &amp;PIN…</source>
        <translation>Đổi mã &amp;PIN của tôi…</translation>
    </message>
    <message>
        <source>&amp;Officers and assignments…</source>
        <translation>&amp;Quản lý công chức và phân công…</translation>
    </message>
    <message>
        <source>Team leads: officer profiles, PINs and which officers are responsible for which EPE</source>
        <translation>Dành cho tổ trưởng: hồ sơ công chức, mã PIN và phân công công chức phụ trách từng DNCX</translation>
    </message>
    <message>
        <source>My check &amp;log…</source>
        <translation>&amp;Nhật ký kiểm tra của tôi…</translation>
    </message>
</context>
<context>
    <name>OfficerEditDialog</name>
    <message>
        <source>Edit officer</source>
        <translation>Sửa thông tin công chức</translation>
    </message>
    <message>
        <source>Add officer</source>
        <translation>Thêm công chức</translation>
    </message>
    <message>
        <source>Officer &amp;code:</source>
        <translation>&amp;Mã công chức:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Vai t&amp;rò:</translation>
    </message>
    <message>
        <source>&amp;Active (can log in)</source>
        <translation>Đang hoạt động (được đăng &amp;nhập)</translation>
    </message>
    <message>
        <source>First &amp;PIN (6–12 digits):</source>
        <translation>Mã &amp;PIN ban đầu (6–12 chữ số):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>Nhập &amp;lại mã PIN:</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Hai mã PIN không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>OfficerLoginDialog</name>
    <message>
        <source>Switch officer</source>
        <translation>Đổi công chức</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Choose your profile and type your PIN. At the end of your shift, the next officer uses “Switch officer”.</source>
        <translation>Chọn hồ sơ của bạn và nhập mã PIN. Khi hết ca, công chức trực ca sau dùng chức năng “Đổi công chức”.</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>Từ 4 đến 12 chữ số</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Công chức:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>Mã &amp;PIN:</translation>
    </message>
    <message>
        <source>No officer profiles exist on this workstation yet. Create the first profile: a team lead, who can then add the other officers.</source>
        <translation>Máy trạm này chưa có hồ sơ công chức nào. Hãy tạo hồ sơ đầu tiên là tổ trưởng; sau đó tổ trưởng có thể thêm các công chức khác.</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>Officer &amp;code:</source>
        <translation>&amp;Mã công chức:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;PIN (6–12 digits):</source>
        <translation>Mã &amp;PIN (6–12 chữ số):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>Nhập &amp;lại mã PIN:</translation>
    </message>
    <message>
        <source>Create and log in</source>
        <translation>Tạo và đăng nhập</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Hai mã PIN không khớp nhau.</translation>
    </message>
    <message>
        <source>The login could not be checked: %1</source>
        <translation>Không kiểm tra được thông tin đăng nhập: %1</translation>
    </message>
</context>
<context>
    <name>OfficerTotalsModel</name>
    <message>
        <source>Officer</source>
        <translation>Công chức</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Lượt kiểm tra</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Đột xuất</translation>
    </message>
    <message>
        <source>EPEs checked</source>
        <translation>Số DNCX đã kiểm tra</translation>
    </message>
    <message>
        <source>Planned done / planned</source>
        <translation>Đã thực hiện / theo kế hoạch</translation>
    </message>
    <message>
        <source>Outside working time</source>
        <translation>Ngoài giờ làm việc</translation>
    </message>
</context>
<context>
    <name>Officers</name>
    <message>
        <source>Your role does not allow this. Ask a team lead.</source>
        <translation>Vai trò của bạn không được phép thực hiện thao tác này. Hãy đề nghị tổ trưởng.</translation>
    </message>
    <message>
        <source>The officer code is required (no spaces, at most 40 characters).</source>
        <translation>Phải nhập mã công chức (không có dấu cách, tối đa 40 ký tự).</translation>
    </message>
    <message>
        <source>The officer's full name is required.</source>
        <translation>Phải nhập họ và tên của công chức.</translation>
    </message>
    <message>
        <source>Choose a role: officer, team lead or view only.</source>
        <translation>Hãy chọn vai trò: công chức, tổ trưởng hoặc chỉ xem.</translation>
    </message>
    <message>
        <source>The first profile on a workstation must be a team lead.</source>
        <translation>Hồ sơ đầu tiên trên một máy trạm phải là tổ trưởng.</translation>
    </message>
    <message>
        <source>Another officer already has this code.</source>
        <translation>Đã có công chức khác dùng mã này.</translation>
    </message>
    <message>
        <source>The workstation needs at least one active team lead.</source>
        <translation>Máy trạm cần có ít nhất một tổ trưởng đang hoạt động.</translation>
    </message>
    <message>
        <source>The current PIN is wrong.</source>
        <translation>Mã PIN hiện tại không đúng.</translation>
    </message>
    <message>
        <source>Unknown officer code or wrong PIN.</source>
        <translation>Mã công chức không tồn tại hoặc sai mã PIN.</translation>
    </message>
    <message>
        <source>This profile is switched off. Ask a team lead.</source>
        <translation>Hồ sơ này đã bị vô hiệu hóa. Hãy liên hệ tổ trưởng.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this profile is locked until {time}. A team lead can unlock it.</source>
        <translation>Nhập sai mã PIN quá nhiều lần: hồ sơ này bị khóa đến {time}. Tổ trưởng có thể mở khóa.</translation>
    </message>
    <message>
        <source>The PIN must have 6 to 12 digits.</source>
        <translation>Mã PIN phải có từ 6 đến 12 chữ số.</translation>
    </message>
    <message>
        <source>Your PIN has fewer than 6 digits, which a copied registry file gives away in minutes. Choose a new PIN of 6 to 12 digits now.</source>
        <translation>Mã PIN của bạn có ít hơn 6 chữ số, có thể bị dò ra trong vài phút từ một bản sao tệp sổ đăng ký. Đề nghị đặt ngay mã PIN mới từ 6 đến 12 chữ số.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this profile is now locked for {minutes} minutes. A team lead can unlock it.</source>
        <translation>Nhập sai mã PIN quá nhiều lần: hồ sơ này bị khóa trong {minutes} phút. Tổ trưởng có thể mở khóa.</translation>
    </message>
</context>
<context>
    <name>OfficersDialog</name>
    <message>
        <source>Officers and assignments</source>
        <translation>Công chức và phân công</translation>
    </message>
    <message>
        <source>&amp;Officers</source>
        <translation>&amp;Công chức</translation>
    </message>
    <message>
        <source>EPE &amp;assignments</source>
        <translation>&amp;Phân công DNCX</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Show switched-off profiles</source>
        <translation>Hiện cả hồ sơ đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Reset &amp;PIN…</source>
        <translation>Đặt lại mã &amp;PIN…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bị khóa đến %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>&amp;Kích hoạt</translation>
    </message>
    <message>
        <source>Switch o&amp;ff</source>
        <translation>&amp;Vô hiệu hóa</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Công chức</translation>
    </message>
    <message>
        <source>Responsible from</source>
        <translation>Phụ trách từ</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>Người phân công</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation>Người kết thúc</translation>
    </message>
    <message>
        <source>Officers responsible for this EPE (tick to assign, untick to end):</source>
        <translation>Công chức phụ trách DNCX này (đánh dấu để phân công, bỏ đánh dấu để kết thúc):</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Lịch sử:</translation>
    </message>
    <message>
        <source>A&amp;bsences</source>
        <translation>&amp;Vắng mặt</translation>
    </message>
    <message>
        <source>Days an officer is away (leave, training, sickness). The monthly plan gives them no visits on those days.</source>
        <translation>Những ngày công chức vắng mặt (nghỉ phép, đào tạo, ốm đau). Kế hoạch tháng không giao lượt kiểm tra nào cho họ trong những ngày đó.</translation>
    </message>
    <message>
        <source>e.g. annual leave, training</source>
        <translation>ví dụ: nghỉ phép năm, đào tạo</translation>
    </message>
    <message>
        <source>&amp;Record absence</source>
        <translation>&amp;Ghi nhận vắng mặt</translation>
    </message>
    <message>
        <source>Offi&amp;cer:</source>
        <translation>Công c&amp;hức:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Re&amp;move absence</source>
        <translation>&amp;Xóa ngày vắng mặt</translation>
    </message>
</context>
<context>
    <name>OfficialDocument</name>
    <message>
        <source>SOCIALIST REPUBLIC OF VIETNAM</source>
        <translation>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</translation>
    </message>
    <message>
        <source>Independence - Freedom - Happiness</source>
        <translation>Độc lập - Tự do - Hạnh phúc</translation>
    </message>
    <message>
        <source>No.: {number}</source>
        <translation>Số: {number}</translation>
    </message>
    <message>
        <source>{place}, {month_name} {day}, {year}</source>
        <translation>{place}, ngày {day} tháng {month} năm {year}</translation>
    </message>
    <message>
        <source>(signature, full name)</source>
        <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>Made with epewall {version}.</source>
        <translation>Lập bằng epewall {version}.</translation>
    </message>
    <message>
        <source>The PDF file {path} cannot be written ({error}). Check that its folder exists and that you may write to it.</source>
        <translation>Không ghi được tệp PDF {path} ({error}). Hãy kiểm tra thư mục có tồn tại và bạn có quyền ghi vào đó.</translation>
    </message>
</context>
<context>
    <name>Onvif</name>
    <message>
        <source>Give the device as host or host:port, e.g. 192.168.1.64 or nvr.example.vn:8080.</source>
        <translation>Nhập thiết bị dưới dạng tên máy hoặc tên máy:cổng, VD: 192.168.1.64 hoặc nvr.example.vn:8080.</translation>
    </message>
    <message>
        <source>The device refused the account.</source>
        <translation>Thiết bị từ chối tài khoản.</translation>
    </message>
    <message>
        <source>The device at {address} timed out: its answers did not all come within {seconds:g} s. The device or the EPE's network is too slow.</source>
        <translation>Thiết bị tại {address} đã quá thời gian chờ: các trả lời của thiết bị không đến đủ trong vòng {seconds:g} giây. Thiết bị hoặc mạng của DNCX quá chậm.</translation>
    </message>
    <message>
        <source>The device's answer is larger than any real answer; it was not read.</source>
        <translation>Câu trả lời của thiết bị lớn hơn mọi câu trả lời thực tế; không được đọc.</translation>
    </message>
    <message>
        <source>The device's answer is not valid HTTP.</source>
        <translation>Câu trả lời của thiết bị không phải HTTP hợp lệ.</translation>
    </message>
    <message>
        <source>The device gives its snapshot on another host ({host}); the EPE's account is not sent there.</source>
        <translation>Thiết bị cung cấp ảnh chụp trên một máy chủ khác ({host}); tài khoản của DNCX không được gửi đến đó.</translation>
    </message>
    <message>
        <source>The device asks for the password in clear text (HTTP Basic); epewall does not send it. Ask the EPE to turn on digest authentication.</source>
        <translation>Thiết bị yêu cầu mật khẩu dạng văn bản rõ (HTTP Basic); epewall không gửi mật khẩu. Đề nghị DNCX bật xác thực digest.</translation>
    </message>
    <message>
        <source>The snapshot is larger than {megabytes:g} MB; it was not read.</source>
        <translation>Ảnh chụp lớn hơn {megabytes:g} MB; không được đọc.</translation>
    </message>
    <message>
        <source>The device refused a login with our time; epewall logged in with the device's own time instead. Ask the EPE to set the device's clock (NTP).</source>
        <translation>Thiết bị từ chối đăng nhập theo giờ của máy này; epewall đã đăng nhập theo giờ của chính thiết bị. Hãy đề nghị DNCX chỉnh đồng hồ của thiết bị (NTP).</translation>
    </message>
    <message>
        <source>Reading the device's services…</source>
        <translation>Đang đọc các dịch vụ của thiết bị…</translation>
    </message>
    <message>
        <source>Reading media profiles…</source>
        <translation>Đang đọc các hồ sơ media…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Xong.</translation>
    </message>
    <message>
        <source>The device does not offer this service.</source>
        <translation>Thiết bị không cung cấp dịch vụ này.</translation>
    </message>
    <message>
        <source>The device's answer is not valid XML.</source>
        <translation>Phản hồi của thiết bị không phải XML hợp lệ.</translation>
    </message>
    <message>
        <source>The device's answer could not be understood.</source>
        <translation>Không hiểu được phản hồi của thiết bị.</translation>
    </message>
    <message>
        <source>The device at {address} does not answer as an ONVIF device ({problem}).</source>
        <translation>Thiết bị tại {address} không phản hồi như một thiết bị ONVIF ({problem}).</translation>
    </message>
    <message>
        <source>The device lists no media profiles.</source>
        <translation>Thiết bị không có hồ sơ media nào.</translation>
    </message>
    <message>
        <source>The snapshot could not be fetched.</source>
        <translation>Không lấy được ảnh chụp.</translation>
    </message>
    <message>
        <source>Reading PTZ nodes and presets…</source>
        <translation>Đang đọc các nút PTZ và vị trí đặt sẵn…</translation>
    </message>
    <message>
        <source>Fetching thumbnails…</source>
        <translation>Đang tải ảnh thu nhỏ…</translation>
    </message>
    <message>
        <source>The device's clock is {seconds:+.0f} s off.</source>
        <translation>Đồng hồ của thiết bị lệch {seconds:+.0f} giây.</translation>
    </message>
    <message>
        <source>Cannot connect to {address}: nothing answers there, or the connection was refused. Check the address, the port and the EPE's network.</source>
        <translation>Không kết nối được tới {address}: không có thiết bị nào trả lời ở địa chỉ đó, hoặc kết nối bị từ chối. Hãy kiểm tra địa chỉ, cổng và mạng của DNCX.</translation>
    </message>
    <message>
        <source>The device does not support this call.</source>
        <translation>Thiết bị không hỗ trợ lệnh gọi này.</translation>
    </message>
    <message>
        <source>The call failed ({error}).</source>
        <translation>Lệnh gọi không thành công ({error}).</translation>
    </message>
    <message>
        <source>The device at {address} refused the account "{user}": the user name or password is wrong, or the account may not use ONVIF.</source>
        <translation>Thiết bị tại {address} từ chối tài khoản "{user}": tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản không được phép dùng ONVIF.</translation>
    </message>
    <message>
        <source>The device at {address} did not answer within {seconds:g} s.</source>
        <translation>Thiết bị tại {address} không trả lời trong vòng {seconds:g} giây.</translation>
    </message>
    <message>
        <source>The answer lists no media service.</source>
        <translation>Phản hồi không có dịch vụ media nào.</translation>
    </message>
    <message>
        <source>The answer has no stream URI.</source>
        <translation>Phản hồi không có URI luồng.</translation>
    </message>
    <message>
        <source>Connecting to {address}…</source>
        <translation>Đang kết nối tới {address}…</translation>
    </message>
    <message>
        <source>No answer within {seconds:g} s.</source>
        <translation>Không có phản hồi trong vòng {seconds:g} giây.</translation>
    </message>
    <message>
        <source>The device answered with an error: {reason}</source>
        <translation>Thiết bị trả về lỗi: {reason}</translation>
    </message>
    <message>
        <source>The device answered HTTP {status}.</source>
        <translation>Thiết bị trả về mã HTTP {status}.</translation>
    </message>
    <message>
        <source>Reading the stream address of {profile}…</source>
        <translation>Đang đọc địa chỉ luồng của {profile}…</translation>
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
    <name>PinResetDialog</name>
    <message>
        <source>Reset PIN</source>
        <translation>Đặt lại mã PIN</translation>
    </message>
    <message>
        <source>New PIN for %1. Tell it to the officer in person; they can change it later.</source>
        <translation>Mã PIN mới cho %1. Hãy trực tiếp thông báo cho công chức; công chức có thể đổi lại sau.</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>Mã &amp;PIN mới:</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>Nhập &amp;lại mã PIN:</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Hai mã PIN không khớp nhau.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>{month} has no working days: nothing was planned.</source>
        <translation>Tháng {month} không có ngày làm việc nào: không lập kế hoạch.</translation>
    </message>
    <message>
        <source>{epe}: no officer is responsible for this EPE; its checks are planned without an officer.</source>
        <translation>{epe}: chưa có công chức nào phụ trách DNCX này; các lượt kiểm tra của DNCX được lập kế hoạch mà không có công chức.</translation>
    </message>
    <message>
        <source>{epe}: every responsible officer is away from {first} to {last}; a check is planned without an officer.</source>
        <translation>{epe}: tất cả công chức phụ trách đều vắng mặt từ {first} đến {last}; một lượt kiểm tra được lập kế hoạch mà không có công chức.</translation>
    </message>
    <message>
        <source>A planned check can only move within its month.</source>
        <translation>Lượt kiểm tra theo kế hoạch chỉ có thể dời trong cùng tháng.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
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
        <source>Risk level</source>
        <translation>Mức rủi ro</translation>
    </message>
    <message>
        <source>Officer code</source>
        <translation>Mã công chức</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Công chức</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <source>done</source>
        <translation>đã thực hiện</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>bị bỏ lỡ</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>đến hạn</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>sắp tới</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Away: {codes}</source>
        <translation>Vắng mặt: {codes}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… và {count} lượt khác</translation>
    </message>
    <message>
        <source>{epe} ({tax_id}), risk {risk}
Officer: {officer}
Window: {first} – {last}
State: {state}</source>
        <translation>{epe} ({tax_id}), rủi ro {risk}
Công chức: {officer}
Thời hạn: {first} – {last}
Trạng thái: {state}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>chưa phân công</translation>
    </message>
    <message>
        <source>Plan generation cancelled; the saved plan is unchanged.</source>
        <translation>Đã hủy lập kế hoạch; kế hoạch đã lưu vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Tất cả công chức</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>There is no plan for this month yet.</source>
        <translation>Tháng này chưa có kế hoạch.</translation>
    </message>
    <message>
        <source>Use “Generate plan” to make one.</source>
        <translation>Dùng “Lập kế hoạch” để tạo kế hoạch.</translation>
    </message>
    <message>
        <source>{count} planned checks: {done} done, {missed} missed, {due} due now, {upcoming} upcoming.</source>
        <translation>{count} lượt kiểm tra theo kế hoạch: {done} đã thực hiện, {missed} bị bỏ lỡ, {due} đến hạn, {upcoming} sắp tới.</translation>
    </message>
    <message>
        <source>Per officer: {load}.</source>
        <translation>Theo công chức: {load}.</translation>
    </message>
    <message>
        <source>… and {count} more warnings.</source>
        <translation>… và {count} cảnh báo khác.</translation>
    </message>
    <message>
        <source>Replace the plan?</source>
        <translation>Thay thế kế hoạch?</translation>
    </message>
    <message>
        <source>{month} already has a plan. Generate a new one and replace it, with the changes made to it?</source>
        <translation>Tháng {month} đã có kế hoạch. Lập kế hoạch mới và thay thế kế hoạch hiện có, kể cả những thay đổi đã thực hiện trên đó?</translation>
    </message>
    <message>
        <source>The check was not moved</source>
        <translation>Chưa dời được lượt kiểm tra</translation>
    </message>
    <message>
        <source>Moved to {day}.</source>
        <translation>Đã dời sang ngày {day}.</translation>
    </message>
    <message>
        <source>Moved to {day}, which is not a working day.</source>
        <translation>Đã dời sang ngày {day}, đây không phải ngày làm việc.</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Chuyển sang</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>T5</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>T6</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>T7</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>CN</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Lưu kế hoạch thành PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>Chưa lưu được tệp</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Đã lưu {path}.</translation>
    </message>
    <message>
        <source>Monthly plan</source>
        <translation>Kế hoạch tháng</translation>
    </message>
    <message>
        <source>Plan for {month}</source>
        <translation>Kế hoạch tháng {month}</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Tháng sau</translation>
    </message>
    <message>
        <source>Generate plan…</source>
        <translation>Lập kế hoạch…</translation>
    </message>
    <message>
        <source>Plan every EPE at least once, risk EPEs more often, spread over the working days and the responsible officers, around holidays and absences</source>
        <translation>Bố trí mỗi DNCX ít nhất một lần, DNCX rủi ro nhiều lần hơn, phân bổ đều theo ngày làm việc và công chức phụ trách, tránh ngày nghỉ lễ và ngày vắng mặt</translation>
    </message>
    <message>
        <source>Print (PDF)…</source>
        <translation>In (PDF)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ Nhật</translation>
    </message>
    <message>
        <source>▲ high risk. Drag a chip to another day to move the check (team leads).</source>
        <translation>▲ rủi ro cao. Kéo một thẻ sang ngày khác để dời lượt kiểm tra (dành cho tổ trưởng).</translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <source>No recorded picture to save yet.</source>
        <translation>Chưa có hình ảnh đã ghi nào để lưu.</translation>
    </message>
    <message>
        <source>The recording could not be opened ({error}).</source>
        <translation>Không mở được bản ghi ({error}).</translation>
    </message>
    <message>
        <source>Camera {camera}: {reason}</source>
        <translation>Camera {camera}: {reason}</translation>
    </message>
</context>
<context>
    <name>PlaybackLauncher</name>
    <message>
        <source>&amp;Playback and export…</source>
        <translation>&amp;Xem lại và trích xuất…</translation>
    </message>
    <message>
        <source>Search an EPE's recorder and replay up to four cameras in step</source>
        <translation>Tìm bản ghi trên đầu ghi của DNCX và xem lại đồng bộ tối đa bốn camera</translation>
    </message>
</context>
<context>
    <name>PlaybackTile</name>
    <message>
        <source>Snapshot</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <source>Save this recorded picture, stamped with the recorded time</source>
        <translation>Lưu hình ảnh đã ghi này, kèm dấu thời gian ghi hình</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>Chưa có hình ảnh</translation>
    </message>
    <message>
        <source>Recorded {time} (Vietnam)</source>
        <translation>Ghi hình lúc {time} (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>Opening the recording…</source>
        <translation>Đang mở bản ghi…</translation>
    </message>
    <message>
        <source>Interrupted: {reason}</source>
        <translation>Bị gián đoạn: {reason}</translation>
    </message>
</context>
<context>
    <name>PlaybackView</name>
    <message>
        <source>Playback — epewall</source>
        <translation>Xem lại — epewall</translation>
    </message>
    <message>
        <source>EPE:</source>
        <translation>DNCX:</translation>
    </message>
    <message>
        <source>Cameras (1 to 4):</source>
        <translation>Camera (từ 1 đến 4):</translation>
    </message>
    <message>
        <source>From (Vietnam time):</source>
        <translation>Từ (giờ Việt Nam):</translation>
    </message>
    <message>
        <source>To (Vietnam time):</source>
        <translation>Đến (giờ Việt Nam):</translation>
    </message>
    <message>
        <source>&amp;Search recordings</source>
        <translation>&amp;Tìm bản ghi</translation>
    </message>
    <message>
        <source>Days with recordings (green); click a day to search it:</source>
        <translation>Ngày có ghi hình (màu xanh); bấm vào một ngày để tìm kiếm ngày đó:</translation>
    </message>
    <message>
        <source>Bookmarks:</source>
        <translation>Đánh dấu:</translation>
    </message>
    <message>
        <source>◀ 1 s</source>
        <translation>◀ 1 giây</translation>
    </message>
    <message>
        <source>One second back, paused (Left)</source>
        <translation>Lùi một giây và tạm dừng (phím mũi tên trái)</translation>
    </message>
    <message>
        <source>1 s ▶</source>
        <translation>1 giây ▶</translation>
    </message>
    <message>
        <source>One second on, paused (Right)</source>
        <translation>Tiến một giây và tạm dừng (phím mũi tên phải)</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Tốc độ xem lại</translation>
    </message>
    <message>
        <source>Go to 13:05</source>
        <translation>Đến 13:05</translation>
    </message>
    <message>
        <source>Type a Vietnam time and press Enter: 13:05, 13:05:30, 1/12 13:05 or 01/12/2026 13:05</source>
        <translation>Nhập giờ Việt Nam rồi nhấn Enter: 13:05, 13:05:30, 1/12 13:05 hoặc 01/12/2026 13:05</translation>
    </message>
    <message>
        <source>“{text}” is not a time. Type a Vietnam time such as 13:05, 13:05:30, 1/12 13:05 or 01/12/2026 13:05.</source>
        <translation>“{text}” không phải là thời gian. Nhập giờ Việt Nam, ví dụ 13:05, 13:05:30, 1/12 13:05 hoặc 01/12/2026 13:05.</translation>
    </message>
    <message>
        <source>{time} is outside the searched range ({start} to {end}). Search that day first.</source>
        <translation>{time} nằm ngoài khoảng thời gian đã tìm kiếm ({start} đến {end}). Hãy tìm kiếm ngày đó trước.</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Bookmark…</source>
        <translation>Đánh dấu…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Trích xuất…</translation>
    </message>
    <message>
        <source>Your role does not allow playback. Ask a team lead.</source>
        <translation>Vai trò của bạn không được phép xem lại bản ghi. Hãy đề nghị tổ trưởng.</translation>
    </message>
    <message>
        <source>{number}. {name}</source>
        <translation>{number}. {name}</translation>
    </message>
    <message>
        <source>At most four cameras play together.</source>
        <translation>Chỉ phát cùng lúc tối đa bốn camera.</translation>
    </message>
    <message>
        <source>The days with recordings could not be read: {error}</source>
        <translation>Không đọc được các ngày có ghi hình: {error}</translation>
    </message>
    <message>
        <source>The recorder holds nothing on {day} for the ticked cameras.</source>
        <translation>Đầu ghi không có dữ liệu ghi hình ngày {day} của các camera đã chọn.</translation>
    </message>
    <message>
        <source>Choose an EPE first.</source>
        <translation>Hãy chọn DNCX trước.</translation>
    </message>
    <message>
        <source>Choose one to four cameras.</source>
        <translation>Hãy chọn từ một đến bốn camera.</translation>
    </message>
    <message>
        <source>The end of the range must come after its start.</source>
        <translation>Thời điểm kết thúc phải sau thời điểm bắt đầu.</translation>
    </message>
    <message>
        <source>No recorder is set for {epe}. Set it in Sites &gt; Edit EPE… (Devices at the EPE), then test it with Sites &gt; Recorder….</source>
        <translation>Chưa khai báo đầu ghi cho {epe}. Hãy khai báo tại Danh mục &gt; Sửa DNCX… (Thiết bị tại DNCX), sau đó kiểm tra tại Danh mục &gt; Đầu ghi….</translation>
    </message>
    <message>
        <source>Searching the recorder…</source>
        <translation>Đang tìm trên đầu ghi…</translation>
    </message>
    <message>
        <source>{segments} recorded spans, {gaps} gaps. Click the timeline to play.</source>
        <translation>{segments} đoạn đã ghi, {gaps} đoạn gián đoạn. Nhấp vào dòng thời gian để phát.</translation>
    </message>
    <message>
        <source>The search failed ({error}).</source>
        <translation>Tìm kiếm không thành công ({error}).</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Phát hoặc tạm dừng (phím Space)</translation>
    </message>
    <message>
        <source>{time} Vietnam time</source>
        <translation>{time} giờ Việt Nam</translation>
    </message>
    <message>
        <source>Play a recording first, then bookmark the moment.</source>
        <translation>Hãy phát bản ghi trước, rồi mới đánh dấu thời điểm.</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Đánh dấu</translation>
    </message>
    <message>
        <source>Note for {time} (e.g. a container number seen):</source>
        <translation>Ghi chú cho thời điểm {time} (VD: số container quan sát được):</translation>
    </message>
    <message>
        <source>Bookmarked {time}.</source>
        <translation>Đã đánh dấu {time}.</translation>
    </message>
    <message>
        <source>{time} · cam {camera} · {note}</source>
        <translation>{time} · camera {camera} · {note}</translation>
    </message>
    <message>
        <source>The bookmark is outside the searched range; search again.</source>
        <translation>Điểm đánh dấu nằm ngoài khoảng thời gian đã tìm; hãy tìm lại.</translation>
    </message>
    <message>
        <source>Snapshot saved: {file}</source>
        <translation>Đã lưu ảnh chụp: {file}</translation>
    </message>
    <message>
        <source>Your role does not allow exports. Ask a team lead.</source>
        <translation>Vai trò của bạn không được phép trích xuất. Hãy đề nghị tổ trưởng.</translation>
    </message>
    <message>
        <source>Search the recordings first.</source>
        <translation>Hãy tìm bản ghi trước.</translation>
    </message>
</context>
<context>
    <name>PtzController</name>
    <message>
        <source>The camera did not accept the command ({0}).</source>
        <translation>Camera không chấp nhận lệnh ({0}).</translation>
    </message>
</context>
<context>
    <name>PtzStrip</name>
    <message>
        <source>Save preset</source>
        <translation>Lưu vị trí đặt sẵn</translation>
    </message>
    <message>
        <source>Name of the current view:</source>
        <translation>Tên của góc nhìn hiện tại:</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Vị trí đặt sẵn…</translation>
    </message>
    <message>
        <source>Pan left (hold; key ←)</source>
        <translation>Quay sang trái (giữ; phím ←)</translation>
    </message>
    <message>
        <source>Pan right (hold; key →)</source>
        <translation>Quay sang phải (giữ; phím →)</translation>
    </message>
    <message>
        <source>Tilt up (hold; key ↑)</source>
        <translation>Nghiêng lên (giữ; phím ↑)</translation>
    </message>
    <message>
        <source>Tilt down (hold; key ↓)</source>
        <translation>Nghiêng xuống (giữ; phím ↓)</translation>
    </message>
    <message>
        <source>Zoom in (hold; key +)</source>
        <translation>Phóng to (giữ; phím +)</translation>
    </message>
    <message>
        <source>Zoom out (hold; key −)</source>
        <translation>Thu nhỏ (giữ; phím −)</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Vị trí gốc</translation>
    </message>
    <message>
        <source>Go to the home position (key Home)</source>
        <translation>Về vị trí gốc (phím Home)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Lưu…</translation>
    </message>
    <message>
        <source>Save the current view as a preset</source>
        <translation>Lưu góc nhìn hiện tại thành vị trí đặt sẵn</translation>
    </message>
    <message>
        <source>Go to a preset</source>
        <translation>Đến một vị trí đặt sẵn</translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message>
        <source>seen as declared</source>
        <translation>thấy đúng như khai báo</translation>
    </message>
    <message>
        <source>seen outside the window</source>
        <translation>thấy ngoài khung giờ</translation>
    </message>
    <message>
        <source>possible misread</source>
        <translation>có thể đọc nhầm</translation>
    </message>
    <message>
        <source>seen with a different code</source>
        <translation>thấy với mã khác</translation>
    </message>
    <message>
        <source>not seen</source>
        <translation>không thấy</translation>
    </message>
    <message>
        <source>undeclared</source>
        <translation>không khai báo</translation>
    </message>
    <message>
        <source>unreadable code</source>
        <translation>mã không đọc được</translation>
    </message>
    <message>
        <source>no read of this code, nor of one close to it</source>
        <translation>không đọc được mã này, cũng không có mã nào gần giống</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} giờ {m:02d} phút</translation>
    </message>
    <message>
        <source>read {late} after the window ended, first at {where}</source>
        <translation>đọc được sau khi hết khung giờ {late}, lần đầu lúc {where}</translation>
    </message>
    <message>
        <source>read {early} before the window started, first at {where}</source>
        <translation>đọc được trước khi bắt đầu khung giờ {early}, lần đầu lúc {where}</translation>
    </message>
    <message>
        <source>{seen} read {count} time(s) from {where} is no valid code</source>
        <translation>{seen} đọc được {count} lần từ {where} không phải là mã hợp lệ</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} phút</translation>
    </message>
    <message>
        <source>{time} on camera {camera}</source>
        <translation>{time} trên camera {camera}</translation>
    </message>
    <message>
        <source>read {count} time(s), first at {where}</source>
        <translation>đọc được {count} lần, lần đầu lúc {where}</translation>
    </message>
    <message>
        <source>never read exactly; {seen} (one character different) read at {where}: the officer decides whether it is a misread</source>
        <translation>chưa lần nào đọc đúng mã; đọc được {seen} (khác một ký tự) lúc {where}: công chức quyết định đó có phải là đọc nhầm hay không</translation>
    </message>
    <message>
        <source>the document's other code passed in the window with {seen}, which no document declares, at {where}</source>
        <translation>mã còn lại của chứng từ đi qua trong khung giờ cùng với {seen}, mã không chứng từ nào khai báo, lúc {where}</translation>
    </message>
    <message>
        <source>{seen} read {count} time(s) from {where}; no document declares it</source>
        <translation>{seen} đọc được {count} lần từ {where}; không chứng từ nào khai báo</translation>
    </message>
</context>
<context>
    <name>ReconciliationReview</name>
    <message>
        <source>Say why you override the status.</source>
        <translation>Hãy nêu lý do sửa kết quả.</translation>
    </message>
    <message>
        <source>Declarations of {day} against the gate: {rows} rows, {seen} seen as declared, {confirmed} confirmed, {overridden} overridden, {discrepancies} discrepancies.</source>
        <translation>Đối chiếu tờ khai ngày {day} với camera cổng: {rows} dòng, {seen} thấy đúng như khai báo, {confirmed} xác nhận, {overridden} sửa kết quả, {discrepancies} sai lệch.</translation>
    </message>
    <message>
        <source>The reason is too long (at most {n} characters).</source>
        <translation>Lý do quá dài (tối đa {n} ký tự).</translation>
    </message>
    <message>
        <source>{n} row(s) still need a decision before the review can end.</source>
        <translation>Còn {n} dòng chưa quyết định, chưa thể kết thúc đối chiếu.</translation>
    </message>
    <message>
        <source>Declarations of {day} against the gate cameras</source>
        <translation>Đối chiếu tờ khai ngày {day} với camera cổng</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>The recorder did not accept the EPE's account. Check the user name and password stored for this EPE.</source>
        <translation>Đầu ghi không chấp nhận tài khoản của DNCX. Hãy kiểm tra tên tài khoản và mật khẩu đã lưu cho DNCX này.</translation>
    </message>
    <message>
        <source>The recorder cannot be reached. Check its address and the connection to the EPE.</source>
        <translation>Không kết nối được tới đầu ghi. Hãy kiểm tra địa chỉ của đầu ghi và kết nối tới DNCX.</translation>
    </message>
    <message>
        <source>The recorder did not answer in time.</source>
        <translation>Đầu ghi không trả lời kịp thời.</translation>
    </message>
    <message>
        <source>The recorder's answer could not be understood. Check that the recorder kind set for this EPE is right.</source>
        <translation>Không hiểu được phản hồi của đầu ghi. Hãy kiểm tra loại đầu ghi đã chọn cho DNCX này có đúng không.</translation>
    </message>
    <message>
        <source>The recorder refused the request.</source>
        <translation>Đầu ghi từ chối yêu cầu.</translation>
    </message>
    <message>
        <source>The recorder does not offer this camera or service.</source>
        <translation>Đầu ghi không cung cấp camera hoặc dịch vụ này.</translation>
    </message>
    <message>
        <source>The recorder does not support this operation.</source>
        <translation>Đầu ghi không hỗ trợ thao tác này.</translation>
    </message>
    <message>
        <source>The recorder has nothing recorded at that time.</source>
        <translation>Đầu ghi không có dữ liệu ghi hình vào thời điểm đó.</translation>
    </message>
    <message>
        <source>The recorder asks for the password in clear text (Basic); epewall does not send it. Ask the EPE to turn on digest login, or mark the EPE as needing Basic.</source>
        <translation>Đầu ghi yêu cầu mật khẩu dạng văn bản rõ (Basic); epewall không gửi mật khẩu. Đề nghị DNCX bật đăng nhập digest, hoặc đánh dấu DNCX cần đăng nhập Basic.</translation>
    </message>
    <message>
        <source>The recorder gave a time that cannot be right. Check the recorder's clock and its time zone.</source>
        <translation>Đầu ghi trả về thời gian không thể đúng. Hãy kiểm tra đồng hồ và múi giờ của đầu ghi.</translation>
    </message>
</context>
<context>
    <name>RecorderDialog</name>
    <message>
        <source>No account is stored for this EPE. Set it with Sites &gt; Set account… first.</source>
        <translation>Chưa lưu tài khoản cho DNCX này. Hãy đặt tài khoản ở Danh mục &gt; Đặt tài khoản truy cập… trước.</translation>
    </message>
    <message>
        <source>Clock correction: none</source>
        <translation>Hiệu chỉnh đồng hồ: không</translation>
    </message>
    <message>
        <source>Clock correction: %1 s</source>
        <translation>Hiệu chỉnh đồng hồ: %1 giây</translation>
    </message>
    <message>
        <source>Enter the recorder's address.</source>
        <translation>Hãy nhập địa chỉ của đầu ghi.</translation>
    </message>
    <message>
        <source>Recorder settings saved.</source>
        <translation>Đã lưu thiết lập đầu ghi.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Không thành công: %1</translation>
    </message>
    <message>
        <source>Asking the recorder what it holds…</source>
        <translation>Đang hỏi đầu ghi về dữ liệu đã ghi…</translation>
    </message>
    <message>
        <source>The recorder answered.</source>
        <translation>Đầu ghi đã trả lời.</translation>
    </message>
    <message>
        <source>Recordings from %1 to %2 (Vietnam time).</source>
        <translation>Có bản ghi từ %1 đến %2 (giờ Việt Nam).</translation>
    </message>
    <message>
        <source>Compliant: recordings are kept %1 days (at least 12 months).</source>
        <translation>Đáp ứng yêu cầu: bản ghi được lưu %1 ngày (ít nhất 12 tháng).</translation>
    </message>
    <message>
        <source>Not compliant: kept %1 days — Decision 247 asks 12 months.</source>
        <translation>Không đáp ứng yêu cầu: chỉ lưu %1 ngày — Quyết định 247 yêu cầu 12 tháng.</translation>
    </message>
    <message>
        <source>Replaying camera 1 at %1 (Vietnam time)…</source>
        <translation>Đang phát lại camera 1 tại thời điểm %1 (giờ Việt Nam)…</translation>
    </message>
    <message>
        <source>The recorder was asked for %1 (Vietnam time). Type the clock you see in the picture (HH:MM:SS, Vietnam time):</source>
        <translation>Đã yêu cầu đầu ghi phát thời điểm %1 (giờ Việt Nam). Hãy nhập giờ hiển thị trên hình (HH:MM:SS, giờ Việt Nam):</translation>
    </message>
    <message>
        <source>Read the clock in the picture.</source>
        <translation>Hãy đọc đồng hồ trên hình.</translation>
    </message>
    <message>
        <source>Type the time as HH:MM:SS, for example 13:00:05.</source>
        <translation>Hãy nhập giờ dạng HH:MM:SS, VD: 13:00:05.</translation>
    </message>
    <message>
        <source>Switch to local time and save</source>
        <translation>Chuyển sang giờ địa phương và lưu</translation>
    </message>
    <message>
        <source>Switch to UTC and save</source>
        <translation>Chuyển sang giờ UTC và lưu</translation>
    </message>
    <message>
        <source>Store this correction</source>
        <translation>Lưu hiệu chỉnh này</translation>
    </message>
    <message>
        <source>its times are local, not UTC</source>
        <translation>thời gian của đầu ghi là giờ địa phương, không phải UTC</translation>
    </message>
    <message>
        <source>its times are UTC, not local</source>
        <translation>thời gian của đầu ghi là UTC, không phải giờ địa phương</translation>
    </message>
    <message>
        <source>its time zone or offset is set wrong</source>
        <translation>múi giờ hoặc độ lệch giờ của đầu ghi bị đặt sai</translation>
    </message>
    <message>
        <source>The recorder is %1 h behind: %2.</source>
        <translation>Đầu ghi chậm %1 giờ: %2.</translation>
    </message>
    <message>
        <source>The recorder is %1 h ahead: %2.</source>
        <translation>Đầu ghi nhanh %1 giờ: %2.</translation>
    </message>
    <message>
        <source>The recorder's clock is right.</source>
        <translation>Đồng hồ của đầu ghi đúng.</translation>
    </message>
    <message>
        <source>The recorder's clock is %1 s behind.</source>
        <translation>Đồng hồ của đầu ghi chậm %1 giây.</translation>
    </message>
    <message>
        <source>The recorder's clock is %1 s ahead.</source>
        <translation>Đồng hồ của đầu ghi nhanh %1 giây.</translation>
    </message>
    <message>
        <source>Calibration saved: %1.</source>
        <translation>Đã lưu hiệu chỉnh: %1.</translation>
    </message>
    <message>
        <source>times are UTC</source>
        <translation>thời gian là UTC</translation>
    </message>
    <message>
        <source>times are local (UTC%1)</source>
        <translation>thời gian là giờ địa phương (UTC%1)</translation>
    </message>
    <message>
        <source>Recorder of %1</source>
        <translation>Đầu ghi của %1</translation>
    </message>
    <message>
        <source>ONVIF Profile G</source>
        <translation>ONVIF Profile G</translation>
    </message>
    <message>
        <source>Hikvision</source>
        <translation>Hikvision</translation>
    </message>
    <message>
        <source>Dahua / KBVision</source>
        <translation>Dahua / KBVision</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Local time with offset</source>
        <translation>Giờ địa phương có độ lệch</translation>
    </message>
    <message>
        <source>UTC+</source>
        <translation>UTC+</translation>
    </message>
    <message>
        <source> h</source>
        <translation> giờ</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>HTTP port:</source>
        <translation>Cổng HTTP:</translation>
    </message>
    <message>
        <source>RTSP port:</source>
        <translation>Cổng RTSP:</translation>
    </message>
    <message>
        <source>Times are:</source>
        <translation>Thời gian theo:</translation>
    </message>
    <message>
        <source>Local offset:</source>
        <translation>Độ lệch giờ địa phương:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Calibrate…</source>
        <translation>&amp;Hiệu chỉnh…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Clock calibration</source>
        <translation>Hiệu chỉnh đồng hồ</translation>
    </message>
    <message>
        <source>HH:MM:SS</source>
        <translation>HH:MM:SS</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>e.g. 10.0.0.20 or nvr.example.vn</source>
        <translation>VD: 10.0.0.20 hoặc nvr.example.vn</translation>
    </message>
</context>
<context>
    <name>RecorderLauncher</name>
    <message>
        <source>&amp;Recorder…</source>
        <translation>Đầu &amp;ghi…</translation>
    </message>
    <message>
        <source>Set, test and calibrate the selected EPE's recorder</source>
        <translation>Thiết lập, kiểm tra và hiệu chỉnh đầu ghi của DNCX đang chọn</translation>
    </message>
</context>
<context>
    <name>RegisterWindow</name>
    <message>
        <source>{count} records, {open} open</source>
        <translation>{count} bản ghi, {open} đang mở</translation>
    </message>
    <message>
        <source>{date} (not followed up today)</source>
        <translation>{date} (chưa cập nhật hôm nay)</translation>
    </message>
    <message>
        <source>Choose a record to see its details.</source>
        <translation>Chọn một bản ghi để xem chi tiết.</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại sự cố</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn khắc phục</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <source>Effect on supervision</source>
        <translation>Ảnh hưởng đến giám sát</translation>
    </message>
    <message>
        <source>Estimated restoration</source>
        <translation>Dự kiến khắc phục</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Kỹ thuật viên</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Người ghi nhận</translation>
    </message>
    <message>
        <source>the health monitor</source>
        <translation>hệ thống giám sát tình trạng camera</translation>
    </message>
    <message>
        <source>Extended to</source>
        <translation>Gia hạn đến</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Số ngày quá hạn</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử theo dõi</translation>
    </message>
    <message>
        <source>No follow-up yet.</source>
        <translation>Chưa có cập nhật nào.</translation>
    </message>
    <message>
        <source>Interruption register</source>
        <translation>Sổ theo dõi gián đoạn</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Tháng:</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Not followed up today</source>
        <translation>Chưa cập nhật hôm nay</translation>
    </message>
    <message>
        <source>Any month</source>
        <translation>Mọi tháng</translation>
    </message>
    <message>
        <source>Open from notification…</source>
        <translation>Ghi nhận theo thông báo…</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>Cập nhật tình trạng…</translation>
    </message>
    <message>
        <source>Extension…</source>
        <translation>Gia hạn…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Đóng gián đoạn…</translation>
    </message>
    <message>
        <source>Attach manual log…</source>
        <translation>Đính kèm sổ thủ công…</translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation>Mở vụ việc…</translation>
    </message>
    <message>
        <source>EPE</source>
        <translation>DNCX</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>Cập nhật gần nhất</translation>
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
    <name>ReportActions</name>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>Monthly register (&amp;PDF)…</source>
        <translation>Sổ theo dõi gián đoạn theo tháng (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Monthly register (&amp;CSV)…</source>
        <translation>Sổ theo dõi gián đoạn theo tháng (&amp;CSV)…</translation>
    </message>
    <message>
        <source>&amp;Appendix II notification…</source>
        <translation>Thông báo sự cố theo Phụ lục &amp;II…</translation>
    </message>
    <message>
        <source>The selected record as the filled Appendix II form (PDF)</source>
        <translation>Bản ghi đã chọn dưới dạng mẫu Phụ lục II đã điền (PDF)</translation>
    </message>
    <message>
        <source>Save the register of interruptions as PDF</source>
        <translation>Lưu sổ theo dõi gián đoạn dạng PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the register of interruptions as CSV</source>
        <translation>Lưu sổ theo dõi gián đoạn dạng CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the Appendix II notification as PDF</source>
        <translation>Lưu thông báo sự cố theo Phụ lục II dạng PDF</translation>
    </message>
    <message>
        <source>The file could not be written ({error}).</source>
        <translation>Không ghi được tệp ({error}).</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>Tệp chưa được lưu</translation>
    </message>
</context>
<context>
    <name>ReviewViews</name>
    <message>
        <source>&amp;Declarations against the gate…</source>
        <translation>Đối chiếu &amp;tờ khai với camera cổng…</translation>
    </message>
    <message>
        <source>Compare the customs documents of an EPE-day with the container numbers and plates read at its gate</source>
        <translation>So sánh chứng từ hải quan trong một ngày của DNCX với số container và biển số xe đọc được ở cổng</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Search cancelled: the list is not complete.</source>
        <translation>Đã hủy tìm kiếm: danh sách chưa đầy đủ.</translation>
    </message>
    <message>
        <source>The review could not be gathered: {why}</source>
        <translation>Không tổng hợp được nội dung rà soát: {why}</translation>
    </message>
    <message>
        <source>Since the last shift ended: {since} to {until}</source>
        <translation>Từ khi ca trước kết thúc: {since} đến {until}</translation>
    </message>
    <message>
        <source>Recorder event</source>
        <translation>Sự kiện đầu ghi</translation>
    </message>
    <message>
        <source>Camera outage</source>
        <translation>Camera gián đoạn</translation>
    </message>
    <message>
        <source>Camera back</source>
        <translation>Camera hoạt động lại</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>Biên bản bàn giao ca</translation>
    </message>
    <message>
        <source>Not searched</source>
        <translation>Chưa tìm kiếm được</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Chưa rà soát</translation>
    </message>
    <message>
        <source>Finding: {text}</source>
        <translation>Phát hiện: {text}</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Đã rà soát</translation>
    </message>
    <message>
        <source>{count} items, {left} not reviewed</source>
        <translation>{count} mục, {left} mục chưa rà soát</translation>
    </message>
    <message>
        <source>Nothing happened since the last shift ended.</source>
        <translation>Không có sự việc nào từ khi ca trước kết thúc.</translation>
    </message>
    <message>
        <source>The mark could not be recorded: {why}</source>
        <translation>Không ghi được kết quả rà soát: {why}</translation>
    </message>
    <message>
        <source>Start-of-shift review</source>
        <translation>Rà soát đầu ca</translation>
    </message>
    <message>
        <source>Only what is not reviewed</source>
        <translation>Chỉ mục chưa rà soát</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Tìm lại</translation>
    </message>
    <message>
        <source>No EPE in the registry yet.</source>
        <translation>Chưa có DNCX nào trong danh mục.</translation>
    </message>
    <message>
        <source>The day could not be reconciled: {why}</source>
        <translation>Không đối chiếu được ngày này: {why}</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Khớp</translation>
    </message>
    <message>
        <source>Status changed since the decision: decide again</source>
        <translation>Kết quả đã thay đổi sau khi quyết định: cần quyết định lại</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>Cần quyết định</translation>
    </message>
    <message>
        <source>Overridden by {who}, {when}: {reason}</source>
        <translation>{who} sửa kết quả, {when}: {reason}</translation>
    </message>
    <message>
        <source>Confirmed by {who}, {when}: {reason}</source>
        <translation>{who} xác nhận, {when}: {reason}</translation>
    </message>
    <message>
        <source>Confirmed by {who}, {when}</source>
        <translation>{who} xác nhận, {when}</translation>
    </message>
    <message>
        <source>{amount} early</source>
        <translation>sớm {amount}</translation>
    </message>
    <message>
        <source>{amount} late</source>
        <translation>trễ {amount}</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>không có ảnh</translation>
    </message>
    <message>
        <source>{documents} documents, {reads} gate reads: {rows} rows, {open} to decide</source>
        <translation>{documents} chứng từ, {reads} lần đọc ở cổng: {rows} dòng, {open} cần quyết định</translation>
    </message>
    <message>
        <source>review ended by {who}, {when}</source>
        <translation>{who} kết thúc đối chiếu, {when}</translation>
    </message>
    <message>
        <source>No declaration and no gate read for this day: import the customs file, then scan the gate.</source>
        <translation>Ngày này chưa có chứng từ và chưa đọc cổng: hãy nhập tệp dữ liệu hải quan, rồi đọc ghi hình camera cổng.</translation>
    </message>
    <message>
        <source>Select a row to see its picture.</source>
        <translation>Chọn một dòng để xem ảnh.</translation>
    </message>
    <message>
        <source>No picture for this row.</source>
        <translation>Dòng này không có ảnh.</translation>
    </message>
    <message>
        <source>Expected at the gate: {start} to {end}</source>
        <translation>Dự kiến qua cổng: {start} đến {end}</translation>
    </message>
    <message>
        <source>Frame SHA-256: {sha}</source>
        <translation>SHA-256 của khung hình: {sha}</translation>
    </message>
    <message>
        <source>The decision could not be recorded: {why}</source>
        <translation>Không ghi được quyết định: {why}</translation>
    </message>
    <message>
        <source>The review is in the check log as a check of {epe}: {result}.</source>
        <translation>Kết quả đối chiếu đã vào sổ kiểm tra như một lần kiểm tra {epe}: {result}.</translation>
    </message>
    <message>
        <source>Declarations against the gate</source>
        <translation>Đối chiếu tờ khai với camera cổng</translation>
    </message>
    <message>
        <source>&amp;EPE:</source>
        <translation>&amp;DNCX:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>Import customs file…</source>
        <translation>Nhập tệp hải quan…</translation>
    </message>
    <message>
        <source>Read the gate recordings…</source>
        <translation>Đọc ghi hình cổng…</translation>
    </message>
    <message>
        <source>Play back at that moment</source>
        <translation>Phát lại tại thời điểm đó</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>Xác nhận…</translation>
    </message>
    <message>
        <source>The status is right, as the picture shows</source>
        <translation>Kết quả đúng như hình ảnh cho thấy</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Sửa kết quả…</translation>
    </message>
    <message>
        <source>The status is wrong: say why</source>
        <translation>Kết quả sai: nêu lý do</translation>
    </message>
    <message>
        <source>Only what needs a decision</source>
        <translation>Chỉ dòng cần quyết định</translation>
    </message>
    <message>
        <source>End the review</source>
        <translation>Kết thúc đối chiếu</translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation>Mở vụ việc…</translation>
    </message>
    <message>
        <source>Send the selected discrepancies to the head of unit, with their pictures</source>
        <translation>Trình các sai lệch đã chọn lên Thủ trưởng đơn vị, kèm hình ảnh</translation>
    </message>
    <message>
        <source>Every row decided: the review goes to the check log as a check of the EPE</source>
        <translation>Mọi dòng đã quyết định: kết quả đối chiếu vào sổ kiểm tra như một lần kiểm tra DNCX</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Chứng từ</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Khai báo</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Đọc được</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Lệch giờ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Open the camera's recording a few seconds before, at 4x speed</source>
        <translation>Mở bản ghi của camera từ vài giây trước đó, tốc độ 4x</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Đánh dấu đã rà soát</translation>
    </message>
    <message>
        <source>Raise a finding…</source>
        <translation>Ghi nhận phát hiện…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>EPE</source>
        <translation>DNCX</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Rà soát</translation>
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
    <name>Role</name>
    <message>
        <source>Officer</source>
        <translation>Công chức</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Tổ trưởng</translation>
    </message>
    <message>
        <source>View only</source>
        <translation>Chỉ xem</translation>
    </message>
</context>
<context>
    <name>RotationReports</name>
    <message>
        <source>Mon</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>T5</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>T6</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>T7</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>CN</translation>
    </message>
    <message>
        <source>by {name} ({code})</source>
        <translation>– người lập: {name} ({code})</translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation>(ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>Camera supervision coverage report, month {month}</source>
        <translation>Báo cáo mức độ bao phủ giám sát qua camera, tháng {month}</translation>
    </message>
    <message>
        <source>Decision 247/QĐ-TCHQ, part II.1: every EPE is inspected in turn each month.</source>
        <translation>Quyết định 247/QĐ-TCHQ, mục II.1: hằng tháng, tất cả doanh nghiệp chế xuất đều được kiểm tra luân phiên.</translation>
    </message>
    <message>
        <source>{checked} of {total} EPEs were checked at least once ({percent:.0f} %).</source>
        <translation>{checked}/{total} DNCX đã được kiểm tra ít nhất một lần ({percent:.0f} %).</translation>
    </message>
    <message>
        <source>EPEs of risk level: {risk}.</source>
        <translation>DNCX có mức rủi ro: {risk}.</translation>
    </message>
    <message>
        <source>All EPEs.</source>
        <translation>Tất cả DNCX.</translation>
    </message>
    <message>
        <source>EPEs not checked this month</source>
        <translation>DNCX chưa được kiểm tra trong tháng này</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
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
        <source>Risk</source>
        <translation>Rủi ro</translation>
    </message>
    <message>
        <source>Responsible officers</source>
        <translation>Công chức phụ trách</translation>
    </message>
    <message>
        <source>None: every EPE was checked.</source>
        <translation>Không có: tất cả DNCX đều đã được kiểm tra.</translation>
    </message>
    <message>
        <source>All EPEs</source>
        <translation>Tất cả DNCX</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa lần nào</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Lượt kiểm tra</translation>
    </message>
    <message>
        <source>Planned done</source>
        <translation>Đã thực hiện theo KH</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Lần kiểm tra gần nhất</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Công chức</translation>
    </message>
    <message>
        <source>Made on {date} at {time} (Vietnam time)</source>
        <translation>Lập ngày {date} lúc {time} (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(chưa phân công)</translation>
    </message>
    <message>
        <source>Per officer</source>
        <translation>Theo công chức</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Đột xuất</translation>
    </message>
    <message>
        <source>EPEs checked</source>
        <translation>Số DNCX đã kiểm tra</translation>
    </message>
    <message>
        <source>Outside working time</source>
        <translation>Ngoài giờ làm việc</translation>
    </message>
    <message>
        <source>Prepared by (officer)</source>
        <translation>Người lập (công chức)</translation>
    </message>
    <message>
        <source>Approved by (team lead)</source>
        <translation>Người duyệt (tổ trưởng)</translation>
    </message>
    <message>
        <source>Camera monitoring plan, month {month}</source>
        <translation>Kế hoạch giám sát qua camera, tháng {month}</translation>
    </message>
    <message>
        <source>Decision 247/QĐ-TCHQ, part II.1: monthly monitoring plan; every EPE is inspected in turn, risk EPEs more often.</source>
        <translation>Quyết định 247/QĐ-TCHQ, mục II.1: kế hoạch giám sát hằng tháng; tất cả doanh nghiệp chế xuất đều được kiểm tra luân phiên, doanh nghiệp chế xuất có rủi ro được kiểm tra thường xuyên hơn.</translation>
    </message>
    <message>
        <source>{checks} planned checks of {epes} EPEs on {days} working days.</source>
        <translation>{checks} lượt kiểm tra theo kế hoạch đối với {epes} DNCX trong {days} ngày làm việc.</translation>
    </message>
    <message>
        <source>Holidays and absences</source>
        <translation>Ngày nghỉ lễ và vắng mặt</translation>
    </message>
    <message>
        <source>{officer} away from {first} to {last}</source>
        <translation>{officer} vắng mặt từ {first} đến {last}</translation>
    </message>
    <message>
        <source>Planned checks</source>
        <translation>Các lượt kiểm tra theo kế hoạch</translation>
    </message>
    <message>
        <source>(no officer)</source>
        <translation>(chưa có công chức)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Prepared by (team lead)</source>
        <translation>Người lập (tổ trưởng)</translation>
    </message>
    <message>
        <source>Approved by (head of unit)</source>
        <translation>Người duyệt (thủ trưởng đơn vị)</translation>
    </message>
</context>
<context>
    <name>RotationViews</name>
    <message>
        <source>&amp;Rotation</source>
        <translation>&amp;Kiểm tra luân phiên</translation>
    </message>
    <message>
        <source>&amp;Coverage…</source>
        <translation>&amp;Mức độ bao phủ…</translation>
    </message>
    <message>
        <source>Which EPEs were checked this month, by whom, and which are still missing</source>
        <translation>Các DNCX đã được kiểm tra trong tháng này, do ai kiểm tra, và các DNCX còn thiếu</translation>
    </message>
    <message>
        <source>Monthly &amp;plan…</source>
        <translation>&amp;Kế hoạch tháng…</translation>
    </message>
    <message>
        <source>The monitoring plan on a calendar; team leads generate and edit it</source>
        <translation>Kế hoạch giám sát trên lịch; tổ trưởng lập và chỉnh sửa kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Letterhead of printed documents…</source>
        <translation>&amp;Thể thức văn bản in…</translation>
    </message>
    <message>
        <source>The superior agency, unit and place printed at the top of the plan and the reports a chief signs</source>
        <translation>Cơ quan cấp trên, đơn vị và địa danh in ở đầu kế hoạch và các báo cáo trình lãnh đạo ký</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Read the container numbers and plates in the gate recording of {name} on {day}, where the recorder saw motion. The codes read are stored for the reconciliation.</source>
        <translation>Đọc số container và biển số xe trong bản ghi camera cổng của {name} ngày {day}, tại những thời điểm đầu ghi phát hiện chuyển động. Các mã đọc được sẽ được lưu để đối chiếu.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Scan the gate recording</source>
        <translation>Quét bản ghi camera cổng</translation>
    </message>
    <message>
        <source>This day has not begun: nothing is recorded yet.</source>
        <translation>Ngày này chưa bắt đầu: chưa có gì được ghi.</translation>
    </message>
    <message>
        <source>Searching the recorder…</source>
        <translation>Đang tìm trên đầu ghi…</translation>
    </message>
    <message>
        <source>Cancelling… the codes read so far are kept.</source>
        <translation>Đang hủy… các mã đã đọc được vẫn được giữ.</translation>
    </message>
    <message>
        <source>Scan cancelled after {moments} moments.</source>
        <translation>Đã hủy quét sau {moments} thời điểm.</translation>
    </message>
    <message>
        <source>Scan finished: {moments} moments of the gate recording read.</source>
        <translation>Quét xong: đã đọc {moments} thời điểm trong bản ghi camera cổng.</translation>
    </message>
    <message>
        <source>{reads} codes stored ({valid} valid), {frames} frames read in {seconds:.0f} s.</source>
        <translation>Đã lưu {reads} mã ({valid} hợp lệ), đọc {frames} khung hình trong {seconds:.0f} giây.</translation>
    </message>
    <message>
        <source>{count} moments had no recording.</source>
        <translation>{count} thời điểm không có bản ghi.</translation>
    </message>
    <message>
        <source>The recorder reported no motion on the gate cameras: the declared windows were read.</source>
        <translation>Đầu ghi không báo chuyển động nào trên camera cổng: đã đọc các khoảng thời gian đã khai báo.</translation>
    </message>
    <message>
        <source>Scan cancelled; the codes read so far are kept.</source>
        <translation>Đã hủy quét; các mã đã đọc được vẫn được giữ.</translation>
    </message>
    <message>
        <source>The scan stopped: {error} The codes read before it are kept.</source>
        <translation>Việc quét đã dừng: {error} Các mã đọc được trước đó vẫn được giữ.</translation>
    </message>
</context>
<context>
    <name>ScreenWalls</name>
    <message>
        <source>There is no saved wall named “%1”.</source>
        <translation>Không có tường video đã lưu nào tên “%1”.</translation>
    </message>
    <message>
        <source>Screen %1: %2, %3×%4</source>
        <translation>Màn hình %1: %2, %3×%4</translation>
    </message>
    <message>
        <source>(this window)</source>
        <translation>(cửa sổ này)</translation>
    </message>
    <message>
        <source>wall “%1”</source>
        <translation>tường video “%1”</translation>
    </message>
    <message>
        <source>(no saved walls)</source>
        <translation>(chưa có tường video nào được lưu)</translation>
    </message>
    <message>
        <source>Close the wall on this screen</source>
        <translation>Đóng tường video trên màn hình này</translation>
    </message>
</context>
<context>
    <name>ScreenWallsMenu</name>
    <message>
        <source>Open wall on &amp;screen</source>
        <translation>Mở tường video trên &amp;màn hình khác</translation>
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
        <source>The team key could not be saved in the system keyring.</source>
        <translation>Không lưu được khóa của tổ vào kho mật khẩu của hệ thống.</translation>
    </message>
    <message>
        <source>The team key could not be read from the system keyring.</source>
        <translation>Không đọc được khóa của tổ từ kho mật khẩu của hệ thống.</translation>
    </message>
    <message>
        <source>The evidence signing key could not be saved in the system keyring, so evidence cannot be exported (it is never exported unsigned).</source>
        <translation>Không lưu được khóa ký chứng cứ vào kho khóa của hệ thống, nên không thể xuất chứng cứ (chứng cứ không bao giờ được xuất khi chưa ký).</translation>
    </message>
    <message>
        <source>The evidence signing key could not be read from the system keyring, so evidence cannot be exported (it is never exported unsigned).</source>
        <translation>Không đọc được khóa ký chứng cứ từ kho khóa của hệ thống, nên không thể xuất chứng cứ (chứng cứ không bao giờ được xuất khi chưa ký).</translation>
    </message>
    <message>
        <source>The check log's checkpoint could not be saved in the system keyring.</source>
        <translation>Không lưu được điểm niêm phong của nhật ký kiểm tra vào kho mật khẩu của hệ thống.</translation>
    </message>
    <message>
        <source>The check log's checkpoint could not be read from the system keyring.</source>
        <translation>Không đọc được điểm niêm phong của nhật ký kiểm tra từ kho mật khẩu của hệ thống.</translation>
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
    <name>Settings</name>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Nhập một số nguyên từ %1 đến %2.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Snapshot folder</source>
        <translation>Thư mục ảnh chụp</translation>
    </message>
    <message>
        <source>New data folder</source>
        <translation>Thư mục dữ liệu mới</translation>
    </message>
    <message>
        <source>This folder cannot be checked.</source>
        <translation>Không kiểm tra được thư mục này.</translation>
    </message>
    <message>
        <source>The EPEWALL_HOME environment variable sets the folders of this workstation: the IT unit changes it there.</source>
        <translation>Biến môi trường EPEWALL_HOME quy định các thư mục của máy trạm này: bộ phận CNTT thay đổi tại đó.</translation>
    </message>
    <message>
        <source>An empty folder: your data can be moved there.</source>
        <translation>Thư mục trống: có thể chuyển dữ liệu của bạn sang đây.</translation>
    </message>
    <message>
        <source>This folder already holds epewall data: epewall can use it as it is (your data in the current folder stays there, unused).</source>
        <translation>Thư mục này đã có dữ liệu epewall: epewall có thể dùng nguyên trạng (dữ liệu trong thư mục hiện tại vẫn để đó, không dùng nữa).</translation>
    </message>
    <message>
        <source>The move was cancelled; epewall keeps using the current folder.</source>
        <translation>Đã hủy việc chuyển; epewall tiếp tục dùng thư mục hiện tại.</translation>
    </message>
    <message>
        <source>The data could not be moved; epewall keeps using the current folder.</source>
        <translation>Không chuyển được dữ liệu; epewall tiếp tục dùng thư mục hiện tại.</translation>
    </message>
    <message>
        <source>From the next start epewall keeps its data in %1. Close epewall and start it again now: what is recorded before then stays in the current folder. Keep the current folder: snapshots and attachments recorded before the move are still found there.</source>
        <translation>Từ lần khởi động sau, epewall lưu dữ liệu tại %1. Hãy đóng epewall và khởi động lại ngay: những gì ghi trước lúc đó sẽ ở lại thư mục hiện tại. Hãy giữ thư mục hiện tại: ảnh chụp và tệp đính kèm ghi trước khi chuyển vẫn được tìm ở đó.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>Live streams</source>
        <translation>Luồng trực tiếp</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Camera health monitor</source>
        <translation>Theo dõi tình trạng camera</translation>
    </message>
    <message>
        <source>Seconds between two sweeps:</source>
        <translation>Số giây giữa hai lượt kiểm tra:</translation>
    </message>
    <message>
        <source>Seconds between two frame samples of a camera (0: none):</source>
        <translation>Số giây giữa hai lần lấy mẫu hình của một camera (0: không lấy mẫu):</translation>
    </message>
    <message>
        <source>EPEs checked at the same time:</source>
        <translation>Số DNCX kiểm tra cùng lúc:</translation>
    </message>
    <message>
        <source>Minutes down before an interruption opens by itself:</source>
        <translation>Số phút mất tín hiệu trước khi tự động mở gián đoạn:</translation>
    </message>
    <message>
        <source>Minutes healthy before closing an interruption is proposed:</source>
        <translation>Số phút hoạt động tốt trước khi đề xuất đóng gián đoạn:</translation>
    </message>
    <message>
        <source>Seconds a camera has to start its stream:</source>
        <translation>Số giây chờ camera bắt đầu phát luồng:</translation>
    </message>
    <message>
        <source>Seconds without data before a stream counts as stalled:</source>
        <translation>Số giây không có dữ liệu thì coi luồng là bị treo:</translation>
    </message>
    <message>
        <source>Longest wait between two reconnection attempts (seconds):</source>
        <translation>Thời gian chờ tối đa giữa hai lần kết nối lại (giây):</translation>
    </message>
    <message>
        <source>The monitor's settings take effect the next time epewall starts.</source>
        <translation>Các thiết lập theo dõi có hiệu lực từ lần khởi động epewall tiếp theo.</translation>
    </message>
    <message>
        <source>These apply to the tiles opened after you save; a tile already on the wall keeps its figures until it is opened again. A password refused by the camera is retried more slowly, whatever the figures here.</source>
        <translation>Các giá trị này áp dụng cho ô hình mở sau khi lưu; ô đang có trên màn hình giữ giá trị cũ đến khi được mở lại. Khi camera từ chối mật khẩu, việc thử lại luôn chậm hơn, bất kể các giá trị ở đây.</translation>
    </message>
    <message>
        <source>&amp;Beep when a new device warning arrives</source>
        <translation>Phát tiếng &amp;bíp khi có cảnh báo thiết bị mới</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Where snapshots of tiles and of playback are saved, from the next snapshot on. Empty: the folder shown in grey.</source>
        <translation>Nơi lưu ảnh chụp từ ô hình và từ phát lại, áp dụng từ lần chụp tiếp theo. Để trống: dùng thư mục hiện màu xám.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Data folder in use: %1
Log folder: %2</source>
        <translation>Thư mục dữ liệu đang dùng: %1
Thư mục nhật ký: %2</translation>
    </message>
    <message>
        <source>&amp;New data folder:</source>
        <translation>Thư mục dữ liệu &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;Move my data there</source>
        <translation>&amp;Chuyển dữ liệu sang đó</translation>
    </message>
    <message>
        <source>&amp;Use it as it is</source>
        <translation>&amp;Dùng nguyên trạng</translation>
    </message>
    <message>
        <source>Cancel the move</source>
        <translation>Hủy việc chuyển</translation>
    </message>
</context>
<context>
    <name>ShiftReview</name>
    <message>
        <source>the device</source>
        <translation>thiết bị</translation>
    </message>
    <message>
        <source>Handover from %1: %2</source>
        <translation>Bàn giao của %1: %2</translation>
    </message>
    <message>
        <source>Reading the camera health and the warnings…</source>
        <translation>Đang đọc tình trạng camera và các cảnh báo…</translation>
    </message>
    <message>
        <source>Searching the recorders…</source>
        <translation>Đang tìm kiếm trên đầu ghi…</translation>
    </message>
    <message>
        <source>The finding is too long.</source>
        <translation>Nội dung phát hiện quá dài.</translation>
    </message>
    <message>
        <source>Reviewed at the start of the shift.</source>
        <translation>Đã rà soát khi bắt đầu ca.</translation>
    </message>
    <message>
        <source>The recorder could not be searched: %1</source>
        <translation>Không tìm kiếm được trên đầu ghi: %1</translation>
    </message>
    <message>
        <source>(%1 times)</source>
        <translation>(%1 lần)</translation>
    </message>
    <message>
        <source>No account of the EPE is stored.</source>
        <translation>Chưa lưu tài khoản của DNCX.</translation>
    </message>
    <message>
        <source>camera %1 %2</source>
        <translation>camera %1 %2</translation>
    </message>
    <message>
        <source>%1 down: %2</source>
        <translation>%1 gián đoạn: %2</translation>
    </message>
    <message>
        <source>Motion recorded outside office hours on %1</source>
        <translation>Chuyển động ngoài giờ làm việc ở %1</translation>
    </message>
    <message>
        <source>%1 back after: %2</source>
        <translation>%1 hoạt động lại sau khi: %2</translation>
    </message>
    <message>
        <source>The recorder's answer was unusable.</source>
        <translation>Câu trả lời của đầu ghi không dùng được.</translation>
    </message>
    <message>
        <source>Searched %1</source>
        <translation>Đã tìm kiếm %1</translation>
    </message>
</context>
<context>
    <name>ShiftReviewViews</name>
    <message>
        <source>Start-of-shift &amp;review…</source>
        <translation>&amp;Rà soát đầu ca…</translation>
    </message>
    <message>
        <source>What happened since the last shift ended: recorder events, outages, warnings</source>
        <translation>Những gì đã xảy ra từ khi ca trước kết thúc: sự kiện đầu ghi, gián đoạn, cảnh báo</translation>
    </message>
</context>
<context>
    <name>SimSite</name>
    <message>
        <source>The simulated site {path} has no outage control channel.</source>
        <translation>Địa điểm mô phỏng {path} không có kênh điều khiển gián đoạn.</translation>
    </message>
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
        <source>The simulated site cannot start: GStreamer elements its cameras need are missing (installer/setup-debian.sh installs them):
{log}</source>
        <translation>Không khởi động được địa điểm mô phỏng: thiếu các thành phần GStreamer mà camera của nó cần (installer/setup-debian.sh sẽ cài chúng):
{log}</translation>
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
        <source>Cannot reach the simulated site's control channel ({error}).</source>
        <translation>Không kết nối được kênh điều khiển của địa điểm mô phỏng ({error}).</translation>
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
        <source>The simulated site has no EPE {detail}.</source>
        <translation>Địa điểm mô phỏng không có DNCX {detail}.</translation>
    </message>
    <message>
        <source>The simulated EPE has no camera {detail}.</source>
        <translation>DNCX mô phỏng không có camera {detail}.</translation>
    </message>
    <message>
        <source>{detail} is not an outage mode (none, refused, silent, wrong_account, no_picture).</source>
        <translation>{detail} không phải là một kiểu gián đoạn (none, refused, silent, wrong_account, no_picture).</translation>
    </message>
    <message>
        <source>The simulated site refused the request: the control token is wrong.</source>
        <translation>Địa điểm mô phỏng từ chối yêu cầu: mã điều khiển (token) không đúng.</translation>
    </message>
    <message>
        <source>The outage request is too large.</source>
        <translation>Yêu cầu gián đoạn quá lớn.</translation>
    </message>
    <message>
        <source>The simulated site refused the outage request ({detail}).</source>
        <translation>Địa điểm mô phỏng từ chối yêu cầu gián đoạn ({detail}).</translation>
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
        <source>Take a camera or an EPE down and up again: epewall sim outage --site {path} --epe EPE [--camera N] --mode refused|silent|wrong_account|no_picture|none</source>
        <translation>Làm gián đoạn rồi khôi phục một camera hoặc một DNCX: epewall sim outage --site {path} --epe EPE [--camera N] --mode refused|silent|wrong_account|no_picture|none</translation>
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
        <source>%1 of the %2 cameras of this EPE on the wall are online</source>
        <translation>%1 trong %2 camera của DNCX này trên tường video đang trực tuyến</translation>
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
        <source>Wall: %1 online, %2 offline, %3 not on the wall</source>
        <translation>Tường video: %1 trực tuyến, %2 mất kết nối, %3 không có trên tường</translation>
    </message>
    <message>
        <source>EPE / camera</source>
        <translation>DNCX / camera</translation>
    </message>
    <message>
        <source>Tax ID / position</source>
        <translation>MST / vị trí</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Tường</translation>
    </message>
    <message>
        <source>State on the wall: online, offline or not on the wall</source>
        <translation>Trạng thái trên tường video: trực tuyến, mất kết nối hoặc không có trên tường</translation>
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
        <source>A value on this line is too long (more than {limit} characters); no field of the registry is that long. Check the file.</source>
        <translation>Một giá trị trên dòng này quá dài (hơn {limit} ký tự); không trường nào của danh mục dài như vậy. Hãy kiểm tra lại tệp.</translation>
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
        <source>column {number}</source>
        <translation>cột {number}</translation>
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
        <source>Recording (replayed from the EPE's recorder)</source>
        <translation>Bản ghi (xem lại từ đầu ghi của DNCX)</translation>
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
    <name>StatusBoard</name>
    <message>
        <source>The board could not be refreshed: {error}</source>
        <translation>Không cập nhật được bảng trạng thái: {error}</translation>
    </message>
    <message>
        <source>Tax ID {tax_id}</source>
        <translation>Mã số thuế {tax_id}</translation>
    </message>
    <message>
        <source>Click to open the interruption register</source>
        <translation>Bấm để mở sổ theo dõi gián đoạn</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} ngày {hours} giờ</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} giờ {minutes} phút</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} phút</translation>
    </message>
    <message>
        <source>{time} ({span})</source>
        <translation>{time} ({span})</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>hạn {date}</translation>
    </message>
    <message>
        <source>extended to {date}</source>
        <translation>gia hạn đến {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>closing proposed</source>
        <translation>đề xuất kết thúc</translation>
    </message>
    <message>
        <source>NOT followed up today</source>
        <translation>Hôm nay CHƯA theo dõi</translation>
    </message>
    <message>
        <source>Followed up today</source>
        <translation>Hôm nay đã theo dõi</translation>
    </message>
    <message>
        <source>Not a working day</source>
        <translation>Không phải ngày làm việc</translation>
    </message>
    <message>
        <source>{epes} EPEs: {dark} dark, {down} with cameras down, {overdue} overdue, {not_followed} not followed up today. Updated {time}.</source>
        <translation>{epes} DNCX: {dark} mất tín hiệu toàn bộ, {down} có camera gián đoạn, {overdue} quá hạn, {not_followed} hôm nay chưa theo dõi. Cập nhật lúc {time}.</translation>
    </message>
    <message>
        <source>Select an EPE to see its cameras.</source>
        <translation>Chọn một DNCX để xem các camera của DNCX đó.</translation>
    </message>
    <message>
        <source>{epe}: each mandatory camera, and the share of each day of {month} it was online (%).</source>
        <translation>{epe}: từng camera bắt buộc trực tuyến và tỷ lệ thời gian trực tuyến của từng ngày trong tháng {month} (%).</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ lúc</translation>
    </message>
    <message>
        <source>EPE status board</source>
        <translation>Bảng trạng thái DNCX</translation>
    </message>
    <message>
        <source>EPE status &amp;board</source>
        <translation>&amp;Bảng trạng thái DNCX</translation>
    </message>
    <message>
        <source>Filter by EPE name, tax ID or state…</source>
        <translation>Lọc theo tên DNCX, mã số thuế hoặc trạng thái…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>EPE</source>
        <translation>DNCX</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Worst condition</source>
        <translation>Tình trạng xấu nhất</translation>
    </message>
    <message>
        <source>Down since</source>
        <translation>Gián đoạn từ</translation>
    </message>
    <message>
        <source>Open interruption (deadline)</source>
        <translation>Gián đoạn đang mở (thời hạn)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Put its cameras on the wall</source>
        <translation>Đưa các camera của DNCX lên màn hình giám sát</translation>
    </message>
    <message>
        <source>Open its interruption in the register</source>
        <translation>Mở gián đoạn này trong sổ theo dõi</translation>
    </message>
</context>
<context>
    <name>StreamFailure</name>
    <message>
        <source>Account refused, stopped trying</source>
        <translation>Tài khoản bị từ chối, đã ngừng thử</translation>
    </message>
    <message>
        <source>Trying again could lock the EPE's account. Fix the account in Sites &gt; Set account…, then press “Retry now”.</source>
        <translation>Thử tiếp có thể làm khóa tài khoản của DNCX. Hãy sửa tài khoản ở Danh mục &gt; Đặt tài khoản truy cập…, rồi bấm “Thử lại ngay”.</translation>
    </message>
    <message>
        <source>The stream failed</source>
        <translation>Luồng video bị lỗi</translation>
    </message>
    <message>
        <source>epewall keeps trying.</source>
        <translation>epewall vẫn tiếp tục thử.</translation>
    </message>
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
    <message>
        <source>The stream is on a host not registered for this EPE; the account is not sent</source>
        <translation>Luồng nằm trên máy chủ không được đăng ký cho DNCX này; tài khoản không được gửi</translation>
    </message>
    <message>
        <source>The camera asks for the password in clear text (Basic); it is not sent</source>
        <translation>Camera yêu cầu mật khẩu dạng văn bản rõ (Basic); mật khẩu không được gửi</translation>
    </message>
    <message>
        <source>The EPE refused the account: check it in Sites &gt; Set account…</source>
        <translation>DNCX từ chối tài khoản: hãy kiểm tra ở Danh mục &gt; Đặt tài khoản truy cập…</translation>
    </message>
    <message>
        <source>The device has no stream at this address: check the camera's stream addresses (Sites &gt; Edit camera…).</source>
        <translation>Thiết bị không có luồng video ở địa chỉ này: hãy kiểm tra địa chỉ luồng của camera (Danh mục &gt; Sửa camera…).</translation>
    </message>
    <message>
        <source>The EPE's network or device does not answer; epewall keeps trying. If it lasts, ask the EPE (an interruption under Decision 247, I.2.3).</source>
        <translation>Mạng hoặc thiết bị của DNCX không trả lời; epewall vẫn tiếp tục thử. Nếu kéo dài, hãy đề nghị DNCX xử lý (gián đoạn theo Quyết định 247, mục I.2.3).</translation>
    </message>
    <message>
        <source>The picture stopped coming; epewall reconnects.</source>
        <translation>Hình ảnh ngừng truyền về; epewall đang kết nối lại.</translation>
    </message>
    <message>
        <source>Ask the EPE to set the camera to H.264, H.265 or MJPEG (Appendix I).</source>
        <translation>Đề nghị DNCX đặt camera ở chuẩn nén H.264, H.265 hoặc MJPEG (Phụ lục I).</translation>
    </message>
    <message>
        <source>The address may point at something else than the camera: check the camera's stream addresses (Sites &gt; Edit camera…).</source>
        <translation>Địa chỉ có thể không trỏ tới camera: hãy kiểm tra địa chỉ luồng của camera (Danh mục &gt; Sửa camera…).</translation>
    </message>
    <message>
        <source>Store the account the EPE handed over: Sites &gt; Set account…</source>
        <translation>Hãy lưu tài khoản DNCX đã cung cấp: Danh mục &gt; Đặt tài khoản truy cập…</translation>
    </message>
    <message>
        <source>Unlock the keyring (see the status bar), then the tile connects again.</source>
        <translation>Hãy mở khóa kho mật khẩu (xem thanh trạng thái), ô camera sẽ tự kết nối lại.</translation>
    </message>
    <message>
        <source>epewall restarts the player by itself.</source>
        <translation>epewall tự khởi động lại trình phát.</translation>
    </message>
    <message>
        <source>If the EPE moved its camera or recorder, record the new address in Sites &gt; Edit EPE… (Devices at the EPE) or Sites &gt; Edit camera….</source>
        <translation>Nếu DNCX đã chuyển camera hoặc đầu ghi sang địa chỉ khác, hãy ghi địa chỉ mới tại Danh mục &gt; Sửa DNCX… (Thiết bị tại DNCX) hoặc Danh mục &gt; Sửa camera….</translation>
    </message>
    <message>
        <source>Ask the EPE to turn on digest login; only if its devices cannot, tick "Devices need Basic login" in Sites &gt; Edit EPE….</source>
        <translation>Đề nghị DNCX bật đăng nhập digest; chỉ khi thiết bị của DNCX không hỗ trợ mới đánh dấu "Thiết bị cần đăng nhập Basic" tại Danh mục &gt; Sửa DNCX….</translation>
    </message>
</context>
<context>
    <name>TileWidget</name>
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
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <source>Restore the wall</source>
        <translation>Trở về tường video</translation>
    </message>
    <message>
        <source>Maximise</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>{number}. {camera} · {epe}</source>
        <translation>{number}. {camera} · {epe}</translation>
    </message>
    <message>
        <source>Camera {number} ({position}) of {epe}</source>
        <translation>Camera số {number} ({position}) của {epe}</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Thử lại ngay</translation>
    </message>
    <message>
        <source>Try to connect once more, now</source>
        <translation>Thử kết nối thêm một lần, ngay bây giờ</translation>
    </message>
    <message>
        <source>Main stream (full resolution)</source>
        <translation>Luồng chính (độ phân giải đầy đủ)</translation>
    </message>
    <message>
        <source>Sub stream (small)</source>
        <translation>Luồng phụ (độ phân giải thấp)</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <source>Play back from 30 s ago</source>
        <translation>Xem lại từ 30 giây trước</translation>
    </message>
    <message>
        <source>PTZ control (arrow keys, + and −)</source>
        <translation>Điều khiển PTZ (phím mũi tên, + và −)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Toàn màn hình</translation>
    </message>
    <message>
        <source>Camera details…</source>
        <translation>Thông tin camera…</translation>
    </message>
    <message>
        <source>Remove from the wall</source>
        <translation>Bỏ khỏi tường video</translation>
    </message>
    <message>
        <source>{0} · {1} s</source>
        <translation>{0} · {1} giây</translation>
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
        <source>Stopped (right-click ▸ Play)</source>
        <translation>Đã dừng (nhấp chuột phải ▸ Phát)</translation>
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
    <message>
        <source>Technical detail: {0}</source>
        <translation>Chi tiết kỹ thuật: {0}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Camera {number}</source>
        <translation>Camera {number}</translation>
    </message>
    <message>
        <source>{number}. {name}</source>
        <translation>{number}. {name}</translation>
    </message>
    <message>
        <source>motion</source>
        <translation>chuyển động</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>báo động</translation>
    </message>
    <message>
        <source>Bookmark {time}, camera {camera}: {note}</source>
        <translation>Đánh dấu {time}, camera {camera}: {note}</translation>
    </message>
    <message>
        <source>{time}: {event} {start} - {end}, {camera}</source>
        <translation>{time}: {event} {start} - {end}, {camera}</translation>
    </message>
    <message>
        <source>{time}: nothing recorded ({start} - {end})</source>
        <translation>{time}: không có dữ liệu ghi hình ({start} - {end})</translation>
    </message>
    <message>
        <source>Search to see what was recorded</source>
        <translation>Hãy tìm kiếm để xem những gì đã được ghi</translation>
    </message>
</context>
<context>
    <name>ToolWindow</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>TourBar</name>
    <message>
        <source>(part %1 of %2)</source>
        <translation>(phần %1/%2)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>, round %1</source>
        <translation>, lần thứ %1</translation>
    </message>
    <message>
        <source>tour “%1”</source>
        <translation>vòng giám sát “%1”</translation>
    </message>
    <message>
        <source>On the wall: %1</source>
        <translation>Đang xem: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Tiếp theo: %1</translation>
    </message>
    <message>
        <source>Paused. Press Resume to go on.</source>
        <translation>Đã tạm dừng. Bấm Tiếp tục để chạy tiếp.</translation>
    </message>
    <message>
        <source>Waiting: finish what you opened (a large tile, the check's findings).</source>
        <translation>Đang chờ: hãy hoàn tất việc đang mở (ô phóng to, kết quả lượt kiểm tra).</translation>
    </message>
    <message>
        <source>Paused while you use the wall; goes on %1 s after your last action.</source>
        <translation>Tạm dừng vì anh/chị đang thao tác; chạy tiếp sau %1 giây.</translation>
    </message>
    <message>
        <source>Next page in %1.</source>
        <translation>Trang tiếp theo sau %1.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang tiếp</translation>
    </message>
    <message>
        <source>Stop tour</source>
        <translation>Dừng vòng giám sát</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <source>Tours</source>
        <translation>Vòng giám sát</translation>
    </message>
    <message>
        <source>Give the tour a name to save it.</source>
        <translation>Đặt tên cho vòng giám sát để lưu.</translation>
    </message>
    <message>
        <source>Saved wall: %1</source>
        <translation>Màn hình đã lưu: %1</translation>
    </message>
    <message>
        <source>(a new tour)</source>
        <translation>(vòng giám sát mới)</translation>
    </message>
    <message>
        <source>Saved tour:</source>
        <translation>Vòng đã lưu:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Pages from:</source>
        <translation>Lấy các trang từ:</translation>
    </message>
    <message>
        <source>Each page stays:</source>
        <translation>Mỗi trang hiển thị:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Bố cục:</translation>
    </message>
    <message>
        <source>Automatic (all the EPE's cameras)</source>
        <translation>Tự động (mọi camera của DNCX)</translation>
    </message>
    <message>
        <source>The risk list (EPEs rated high, then medium)</source>
        <translation>Danh sách rủi ro (DNCX rủi ro cao, rồi trung bình)</translation>
    </message>
    <message>
        <source>Today's plan (your EPEs planned for today)</source>
        <translation>Kế hoạch hôm nay (các DNCX của anh/chị trong kế hoạch hôm nay)</translation>
    </message>
    <message>
        <source>My list (the EPEs and saved walls ticked below)</source>
        <translation>Danh sách của tôi (các DNCX và màn hình đã lưu được đánh dấu dưới đây)</translation>
    </message>
    <message>
        <source>EPEs and saved walls for “My list”:</source>
        <translation>DNCX và màn hình đã lưu cho “Danh sách của tôi”:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>S&amp;tart tour</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
</context>
<context>
    <name>TourRunner</name>
    <message>
        <source>There is no saved tour named "%1".</source>
        <translation>Không có vòng giám sát nào đã lưu tên “%1”.</translation>
    </message>
    <message>
        <source>The tour could not be prepared: %1</source>
        <translation>Không chuẩn bị được vòng giám sát: %1</translation>
    </message>
    <message>
        <source>The tour has no page to show: none of its EPEs has a camera.</source>
        <translation>Vòng giám sát không có trang nào để hiển thị: không DNCX nào trong đó có camera.</translation>
    </message>
    <message>
        <source>During the tour “%1”</source>
        <translation>Trong vòng giám sát “%1”</translation>
    </message>
</context>
<context>
    <name>TourSource</name>
    <message>
        <source>The risk list</source>
        <translation>Danh sách rủi ro</translation>
    </message>
    <message>
        <source>Today's plan</source>
        <translation>Kế hoạch hôm nay</translation>
    </message>
    <message>
        <source>My list</source>
        <translation>Danh sách của tôi</translation>
    </message>
</context>
<context>
    <name>Tours</name>
    <message>
        <source>Choose a layout for the tour.</source>
        <translation>Chọn bố cục cho vòng giám sát.</translation>
    </message>
    <message>
        <source>Tick at least one EPE or saved wall for the tour.</source>
        <translation>Đánh dấu ít nhất một DNCX hoặc màn hình đã lưu cho vòng giám sát.</translation>
    </message>
    <message>
        <source>Preparing the tour…</source>
        <translation>Đang chuẩn bị vòng giám sát…</translation>
    </message>
    <message>
        <source>Each page stays between {low} and {high} seconds.</source>
        <translation>Mỗi trang hiển thị từ {low} đến {high} giây.</translation>
    </message>
    <message>
        <source>The saved tour "{name}" is damaged; save it again.</source>
        <translation>Vòng giám sát đã lưu “{name}” bị hỏng; hãy lưu lại.</translation>
    </message>
    <message>
        <source>{epe} has no camera that must be online: left out.</source>
        <translation>{epe} không có camera bắt buộc kết nối: đã bỏ qua.</translation>
    </message>
    <message>
        <source>The EPE with tax ID {tax_id} is no longer registered.</source>
        <translation>DNCX có mã số thuế {tax_id} không còn trong danh mục.</translation>
    </message>
    <message>
        <source>There is no saved wall named "{name}".</source>
        <translation>Không có màn hình đã lưu nào tên “{name}”.</translation>
    </message>
</context>
<context>
    <name>ToursMenu</name>
    <message>
        <source>&amp;Tours</source>
        <translation>&amp;Vòng giám sát</translation>
    </message>
    <message>
        <source>Tour the &amp;risk list</source>
        <translation>Giám sát lần lượt danh sách &amp;rủi ro</translation>
    </message>
    <message>
        <source>Show the EPEs rated high, then medium risk, one page after the other</source>
        <translation>Lần lượt hiển thị các DNCX rủi ro cao, rồi trung bình, từng trang một</translation>
    </message>
    <message>
        <source>Tour today's &amp;plan</source>
        <translation>Giám sát lần lượt &amp;kế hoạch hôm nay</translation>
    </message>
    <message>
        <source>Show the EPEs planned for you today, in turn</source>
        <translation>Lần lượt hiển thị các DNCX trong kế hoạch hôm nay của anh/chị</translation>
    </message>
    <message>
        <source>&amp;Make or change a tour…</source>
        <translation>&amp;Tạo hoặc sửa vòng giám sát…</translation>
    </message>
    <message>
        <source>&amp;Stop the tour</source>
        <translation>&amp;Dừng vòng giám sát</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <source>epewall closed unexpectedly the last time it ran. If it happens again, send this report to your IT unit:</source>
        <translation>epewall đã đóng bất thường trong lần chạy trước. Nếu việc này lặp lại, hãy gửi báo cáo này cho bộ phận CNTT:</translation>
    </message>
    <message>
        <source>epewall met an unexpected error, and the last action may not have finished. You can keep working. If it happens again, send this report to your IT unit:</source>
        <translation>epewall gặp một lỗi ngoài dự kiến, thao tác vừa rồi có thể chưa hoàn tất. Bạn có thể tiếp tục làm việc. Nếu lỗi lặp lại, hãy gửi báo cáo này cho bộ phận CNTT:</translation>
    </message>
    <message>
        <source>epewall: unexpected error</source>
        <translation>epewall: lỗi ngoài dự kiến</translation>
    </message>
</context>
<context>
    <name>UserFiles</name>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>Không đọc được tệp {path} ({reason}).</translation>
    </message>
    <message>
        <source>The file {path} is damaged: it is not readable JSON.</source>
        <translation>Tệp {path} bị hỏng: không phải là JSON đọc được.</translation>
    </message>
    <message>
        <source>The file {path} is too large: this kind of file can be at most {limit}.</source>
        <translation>Tệp {path} quá lớn: loại tệp này chỉ được tối đa {limit}.</translation>
    </message>
    <message>
        <source>The file {path} is nested far too deeply to be what it claims.</source>
        <translation>Tệp {path} có cấu trúc lồng nhau quá sâu, không thể là loại tệp như nó tự nhận.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Tệp {path} không tồn tại.</translation>
    </message>
    <message>
        <source>{path} is a symbolic link; give the file itself.</source>
        <translation>{path} là một liên kết tượng trưng (symbolic link); hãy chọn chính tệp đó.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the file inside it.</source>
        <translation>{path} là một thư mục; hãy chọn tệp nằm trong thư mục đó.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: permission denied.</source>
        <translation>Không đọc được tệp {path}: không có quyền truy cập.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a device, a pipe or a socket); give a file saved on disk.</source>
        <translation>{path} không phải là tệp thông thường (đó là thiết bị, đường ống hoặc socket); hãy chọn một tệp được lưu trên đĩa.</translation>
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
        <source>The device address must not contain a user name or password (user:pass@). Give only host:port; the EPE's account is kept in the keyring.</source>
        <translation>Địa chỉ thiết bị không được chứa tên đăng nhập hay mật khẩu (user:pass@). Chỉ nhập tên máy:cổng; tài khoản của DNCX được lưu trong kho mật khẩu.</translation>
    </message>
    <message>
        <source>Give the device as host or host:port, e.g. 192.168.1.64 or nvr.example.vn:8080.</source>
        <translation>Nhập thiết bị dưới dạng tên máy hoặc tên máy:cổng, VD: 192.168.1.64 hoặc nvr.example.vn:8080.</translation>
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
    <name>VerifyEvidenceDialog</name>
    <message>
        <source>Folder: {folder}</source>
        <translation>Thư mục: {folder}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Verify evidence</source>
        <translation>Kiểm tra chứng cứ</translation>
    </message>
    <message>
        <source>Checking the signature and every file…</source>
        <translation>Đang kiểm tra chữ ký và từng tệp…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Computing the SHA-256 of {name}…</source>
        <translation>Đang tính SHA-256 của {name}…</translation>
    </message>
    <message>
        <source>Signature: does not match the manifest.</source>
        <translation>Chữ ký: không khớp với bản kê.</translation>
    </message>
    <message>
        <source>Signature: none (made before evidence was signed).</source>
        <translation>Chữ ký: không có (xuất trước khi chứng cứ được ký).</translation>
    </message>
    <message>
        <source>Signed by workstation {workstation}, key fingerprint {fingerprint}: NOT registered with the team.</source>
        <translation>Ký bởi máy trạm {workstation}, dấu vân tay khóa {fingerprint}: CHƯA đăng ký với tổ.</translation>
    </message>
    <message>
        <source>Signed by workstation {workstation}, key fingerprint {fingerprint}: registered with the team by {officer} on {when}.</source>
        <translation>Ký bởi máy trạm {workstation}, dấu vân tay khóa {fingerprint}: đã được {officer} đăng ký với tổ lúc {when}.</translation>
    </message>
    <message>
        <source>Check cancelled: the evidence was NOT verified.</source>
        <translation>Đã hủy kiểm tra: chứng cứ CHƯA được xác minh.</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>Không kiểm tra được: {error}</translation>
    </message>
    <message>
        <source>Choose the evidence folder to verify</source>
        <translation>Chọn thư mục chứng cứ cần kiểm tra</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>not found</source>
        <translation>không tìm thấy</translation>
    </message>
    <message>
        <source>system keyring</source>
        <translation>kho mật khẩu hệ thống</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>sẵn sàng</translation>
    </message>
    <message>
        <source>no keyring, passwords cannot be stored</source>
        <translation>không có kho mật khẩu, không thể lưu mật khẩu</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>đang khóa</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>bị từ chối truy cập</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>The system keyring did not answer within {seconds} s.</source>
        <translation>Kho mật khẩu hệ thống không trả lời trong {seconds} giây.</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Kho mật khẩu</translation>
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
    <name>WallWindow</name>
    <message>
        <source>epewall — wall “%1” on screen %2</source>
        <translation>epewall — tường video “%1” trên màn hình %2</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>Motion</source>
        <translation>Chuyển động</translation>
    </message>
    <message>
        <source>Line crossing</source>
        <translation>Vượt hàng rào ảo</translation>
    </message>
    <message>
        <source>Intrusion</source>
        <translation>Xâm nhập khu vực</translation>
    </message>
    <message>
        <source>Tampering</source>
        <translation>Phá hoại camera</translation>
    </message>
    <message>
        <source>Video loss</source>
        <translation>Mất tín hiệu hình ảnh</translation>
    </message>
    <message>
        <source>Storage failure</source>
        <translation>Lỗi ổ lưu trữ</translation>
    </message>
    <message>
        <source>The snapshot could not be fetched.</source>
        <translation>Không lấy được ảnh chụp.</translation>
    </message>
    <message>
        <source>The device refused the account.</source>
        <translation>Thiết bị từ chối tài khoản.</translation>
    </message>
    <message>
        <source>The device's answer is not valid XML.</source>
        <translation>Phản hồi của thiết bị không phải XML hợp lệ.</translation>
    </message>
    <message>
        <source>The device's answer could not be understood.</source>
        <translation>Không hiểu được phản hồi của thiết bị.</translation>
    </message>
    <message>
        <source>The device no longer knows the subscription.</source>
        <translation>Thiết bị không còn giữ đăng ký nhận sự kiện.</translation>
    </message>
    <message>
        <source>The device does not offer ONVIF event subscriptions.</source>
        <translation>Thiết bị không hỗ trợ đăng ký nhận sự kiện ONVIF.</translation>
    </message>
    <message>
        <source>The device's answer is larger than any real answer; it was not read.</source>
        <translation>Câu trả lời của thiết bị lớn hơn mọi câu trả lời thực tế; không được đọc.</translation>
    </message>
    <message>
        <source>The device answered with an error: {reason}</source>
        <translation>Thiết bị trả về lỗi: {reason}</translation>
    </message>
    <message>
        <source>The device at {address} did not answer within {seconds:g} s.</source>
        <translation>Thiết bị tại {address} không trả lời trong vòng {seconds:g} giây.</translation>
    </message>
    <message>
        <source>Cannot connect to {address}.</source>
        <translation>Không kết nối được tới {address}.</translation>
    </message>
    <message>
        <source>No ONVIF device is registered for the EPE.</source>
        <translation>DNCX chưa đăng ký thiết bị ONVIF nào.</translation>
    </message>
    <message>
        <source>No account of the EPE is stored.</source>
        <translation>Chưa lưu tài khoản của DNCX.</translation>
    </message>
    <message>
        <source>The device does not offer this service.</source>
        <translation>Thiết bị không cung cấp dịch vụ này.</translation>
    </message>
    <message>
        <source>The device names no profile for this camera.</source>
        <translation>Thiết bị không có cấu hình (profile) nào cho camera này.</translation>
    </message>
    <message>
        <source>The device has no event subscriptions and the EPE has no recorder.</source>
        <translation>Thiết bị không hỗ trợ đăng ký nhận sự kiện và DNCX không có đầu ghi.</translation>
    </message>
</context>
<context>
    <name>WarningsDock</name>
    <message>
        <source>No picture</source>
        <translation>Không có ảnh</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Chưa xử lý</translation>
    </message>
    <message>
        <source>Recorder / device</source>
        <translation>Đầu ghi / thiết bị</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Số %1</translation>
    </message>
    <message>
        <source>All EPEs</source>
        <translation>Tất cả DNCX</translation>
    </message>
    <message>
        <source>Select a warning to see it and act on it.</source>
        <translation>Chọn một cảnh báo để xem và xử lý.</translation>
    </message>
    <message>
        <source>%1, %2: %3 from %4 to %5 (%6 events).</source>
        <translation>%1, %2: %3 từ %4 đến %5 (%6 sự kiện).</translation>
    </message>
    <message>
        <source>Resolved by %1 at %2: %3</source>
        <translation>Đã xử lý bởi %1 lúc %2: %3</translation>
    </message>
    <message>
        <source>Log in to resolve a warning: the note is kept under your name.</source>
        <translation>Hãy đăng nhập để xử lý cảnh báo: ghi chú được lưu dưới tên của bạn.</translation>
    </message>
    <message>
        <source>Your role may watch warnings but not resolve them.</source>
        <translation>Vai trò của bạn được xem cảnh báo nhưng không được xử lý cảnh báo.</translation>
    </message>
    <message>
        <source>Write what you found before resolving the warning.</source>
        <translation>Hãy ghi lại kết quả kiểm tra trước khi xử lý cảnh báo.</translation>
    </message>
    <message>
        <source>Start a check of %1 first: the warning becomes one of the check's findings.</source>
        <translation>Hãy bắt đầu lượt kiểm tra %1 trước: cảnh báo sẽ trở thành một phát hiện của lượt kiểm tra.</translation>
    </message>
    <message>
        <source>Taken into the check as a finding.</source>
        <translation>Đã đưa vào lượt kiểm tra như một phát hiện.</translation>
    </message>
    <message>
        <source>Device warning: %1, %2 at %3 (%4 events).</source>
        <translation>Cảnh báo thiết bị: %1, %2 lúc %3 (%4 sự kiện).</translation>
    </message>
    <message>
        <source>Device warnings</source>
        <translation>Cảnh báo thiết bị</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả loại</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Chỉ chưa xử lý</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Âm thanh</translation>
    </message>
    <message>
        <source>Beep when a new warning arrives (off by default).</source>
        <translation>Phát tiếng bíp khi có cảnh báo mới (mặc định tắt).</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Ảnh chụp</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>EPE</source>
        <translation>DNCX</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Note: what you found (needed to resolve)</source>
        <translation>Ghi chú: kết quả kiểm tra (bắt buộc để xử lý)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Put the camera on the wall.</source>
        <translation>Đưa camera lên màn hình giám sát.</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Xem lại</translation>
    </message>
    <message>
        <source>Play the recording from the warning's moment.</source>
        <translation>Phát bản ghi từ thời điểm cảnh báo.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Add to check</source>
        <translation>Đưa vào lượt kiểm tra</translation>
    </message>
    <message>
        <source>Add the warning to the open check of its EPE as a finding.</source>
        <translation>Đưa cảnh báo vào lượt kiểm tra đang mở của DNCX như một phát hiện.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Keyring: checking…</source>
        <translation>Kho mật khẩu: đang kiểm tra…</translation>
    </message>
    <message>
        <source>The EPEs' passwords will be kept in %1, never in a file. Enter an EPE's password with Sites &gt; Set account once the EPE is added.</source>
        <translation>Mật khẩu của các DNCX sẽ được lưu trong %1, không bao giờ lưu trong tệp. Sau khi thêm DNCX, nhập mật khẩu bằng Danh mục &gt; Đặt tài khoản truy cập.</translation>
    </message>
    <message>
        <source>You can add EPEs and cameras now; their pictures need the passwords, which can be entered once the keyring works.</source>
        <translation>Bạn vẫn có thể thêm DNCX và camera ngay bây giờ; để xem hình cần có mật khẩu, có thể nhập khi kho mật khẩu hoạt động.</translation>
    </message>
    <message>
        <source>The demo is starting in its own window (it takes a few seconds). It uses its own simulated EPEs; your registry stays empty.</source>
        <translation>Bản trình diễn đang khởi động trong cửa sổ riêng (mất vài giây). Bản này dùng các DNCX mô phỏng của riêng nó; danh mục của bạn vẫn để trống.</translation>
    </message>
    <message>
        <source>The demo could not be started. Details are in the log file.</source>
        <translation>Không khởi động được bản trình diễn. Chi tiết trong tệp nhật ký.</translation>
    </message>
    <message>
        <source>Welcome to epewall</source>
        <translation>Chào mừng đến với epewall</translation>
    </message>
    <message>
        <source>No EPE is registered on this workstation yet. Add the EPEs you supervise and their cameras in one of these ways; the wall opens as soon as there is one.</source>
        <translation>Máy trạm này chưa có DNCX nào trong danh mục. Hãy thêm các DNCX bạn giám sát và camera của họ theo một trong các cách dưới đây; màn hình giám sát sẽ mở ngay khi có DNCX đầu tiên.</translation>
    </message>
    <message>
        <source>&amp;Import from a CSV file…</source>
        <translation>&amp;Nhập từ tệp CSV…</translation>
    </message>
    <message>
        <source>A list of EPEs and cameras prepared in Excel: one row per camera with its EPE's name and tax ID. Every line is checked first; nothing is imported until all lines are right.</source>
        <translation>Danh sách DNCX và camera lập bằng Excel: mỗi camera một dòng, kèm tên và mã số thuế của DNCX. Mọi dòng được kiểm tra trước; chưa dòng nào được nhập cho đến khi tất cả đều đúng.</translation>
    </message>
    <message>
        <source>Save an empty &amp;template to fill…</source>
        <translation>Lưu &amp;tệp mẫu trống để điền…</translation>
    </message>
    <message>
        <source>Add from an &amp;ONVIF device…</source>
        <translation>Thêm từ thiết bị &amp;ONVIF…</translation>
    </message>
    <message>
        <source>Enter the EPE's name and tax ID, then the address and account of its recorder or camera: epewall reads its channels and adds them as cameras.</source>
        <translation>Nhập tên và mã số thuế của DNCX, sau đó là địa chỉ và tài khoản của đầu ghi hoặc camera: epewall đọc các kênh của thiết bị và thêm chúng thành camera.</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Mở bản &amp;trình diễn</translation>
    </message>
    <message>
        <source>Look around first on a simulated EPE site with live cameras, in a separate window. Nothing is added to your registry.</source>
        <translation>Làm quen trước với một DNCX mô phỏng có camera trực tiếp, trong một cửa sổ riêng. Không có gì được thêm vào danh mục của bạn.</translation>
    </message>
    <message>
        <source>The demo is not offered on Windows: its simulated EPE site needs GStreamer, which runs on a Linux computer (epewall sim). Point epewall at real EPE cameras, or at a Linux computer running the simulated site.</source>
        <translation>Bản demo không có trên Windows: DNCX mô phỏng của nó cần GStreamer, chỉ chạy trên máy tính Linux (epewall sim). Hãy kết nối epewall với camera thật của DNCX, hoặc với một máy tính Linux đang chạy DNCX mô phỏng.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Mở khóa…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Kiểm tra lại</translation>
    </message>
</context>
<context>
    <name>Worktime</name>
    <message>
        <source>Write the month as year-month, e.g. 2026-11.</source>
        <translation>Hãy ghi tháng theo dạng năm-tháng, VD: 2026-11.</translation>
    </message>
    <message>
        <source>The last day of an absence cannot be before its first day.</source>
        <translation>Ngày cuối của đợt vắng mặt không được trước ngày đầu.</translation>
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
        <source>Could not write {path}: {reason}</source>
        <translation>Không ghi được {path}: {reason}</translation>
    </message>
    <message>
        <source>Coverage of {month}: {checked} of {total} EPEs checked ({percent:.0f}%), {checks} checks.</source>
        <translation>Mức độ bao phủ tháng {month}: đã kiểm tra {checked}/{total} DNCX ({percent:.0f}%), {checks} lượt kiểm tra.</translation>
    </message>
    <message>
        <source>Risk levels: {levels}</source>
        <translation>Mức rủi ro: {levels}</translation>
    </message>
    <message>
        <source>NOT CHECKED</source>
        <translation>CHƯA KIỂM TRA</translation>
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
        <source>Risk</source>
        <translation>Rủi ro</translation>
    </message>
    <message>
        <source>Done/planned</source>
        <translation>Đã làm/KH</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Lần kiểm tra gần nhất</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Công chức</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Lượt kiểm tra</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Đột xuất</translation>
    </message>
    <message>
        <source>Outside hours</source>
        <translation>Ngoài giờ</translation>
    </message>
    <message>
        <source>EPEs</source>
        <translation>DNCX</translation>
    </message>
    <message>
        <source>Plan done</source>
        <translation>KH đã làm</translation>
    </message>
    <message>
        <source>No officer with the code {code} on this workstation.</source>
        <translation>Máy trạm này không có công chức nào có mã {code}.</translation>
    </message>
    <message>
        <source>PIN of {code}: </source>
        <translation>Mã PIN của {code}: </translation>
    </message>
    <message>
        <source>Wrote {path}: {checks} checks, {records} records of {month}.</source>
        <translation>Đã ghi {path}: {checks} lượt kiểm tra, {records} bản ghi của tháng {month}.</translation>
    </message>
    <message>
        <source>Imported {file} ({officer}, {month}): {added} new records ({checks} checks), {duplicates} already here.</source>
        <translation>Đã nhập {file} ({officer}, tháng {month}): {added} bản ghi mới ({checks} lượt kiểm tra), {duplicates} bản ghi đã có.</translation>
    </message>
    <message>
        <source>The log is intact: {count} records checked.</source>
        <translation>Nhật ký còn nguyên vẹn: đã kiểm tra {count} bản ghi.</translation>
    </message>
    <message>
        <source>{count} checkpoint(s) signed with the team key hold.</source>
        <translation>{count} điểm niêm phong có chữ ký bằng khóa của tổ đều hợp lệ.</translation>
    </message>
    <message>
        <source>{count} checkpoint(s) could not be authenticated: this workstation does not have the team key that signed them.</source>
        <translation>Không xác thực được {count} điểm niêm phong: máy trạm này không có khóa của tổ đã ký chúng.</translation>
    </message>
    <message>
        <source>Sealed the log's head with the team key (checkpoint record {seq}, also kept in the keyring).</source>
        <translation>Đã niêm phong đầu nhật ký bằng khóa của tổ (bản ghi niêm phong số {seq}, cũng được lưu trong kho mật khẩu của hệ thống).</translation>
    </message>
    <message>
        <source>The log was altered. First broken link: record {seq} (ID {record_id}). {reason} The {count} records before it are intact.</source>
        <translation>Nhật ký đã bị sửa đổi. Mắt xích bị đứt đầu tiên: bản ghi {seq} (ID {record_id}). {reason} {count} bản ghi trước đó còn nguyên vẹn.</translation>
    </message>
    <message>
        <source>The log was altered. {reason} The {count} records still here are intact.</source>
        <translation>Nhật ký đã bị thay đổi. {reason} {count} bản ghi còn lại vẫn nguyên vẹn.</translation>
    </message>
    <message>
        <source>This workstation has no team key.</source>
        <translation>Máy trạm này chưa có khóa của tổ.</translation>
    </message>
    <message>
        <source>Team key fingerprint: {fingerprint}</source>
        <translation>Dấu vân tay của khóa của tổ: {fingerprint}</translation>
    </message>
    <message>
        <source>Team key: </source>
        <translation>Khóa của tổ: </translation>
    </message>
    <message>
        <source>New team key (stored in this workstation's keyring). Give it to the officers of the team in person, for 'epewall log key set'; it is not shown again:</source>
        <translation>Khóa mới của tổ (đã lưu trong kho mật khẩu của máy trạm này). Hãy trực tiếp giao khóa cho các công chức trong tổ để dùng với lệnh 'epewall log key set'; khóa sẽ không được hiển thị lại:</translation>
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
        <source>Manifest SHA-256 (compare with the audit log): {digest}</source>
        <translation>Mã SHA-256 của bản kê tệp (đối chiếu với nhật ký kiểm toán): {digest}</translation>
    </message>
    <message>
        <source>"{text}" is not a time like 2026-11-22 09:15 (Vietnam time).</source>
        <translation>"{text}" không phải thời điểm hợp lệ như 2026-11-22 09:15 (giờ Việt Nam).</translation>
    </message>
    <message>
        <source>Recorder of {epe} saved.</source>
        <translation>Đã lưu thông tin đầu ghi của {epe}.</translation>
    </message>
    <message>
        <source>{epe}: recordings are kept only {days} days (since {earliest}); Decision 247 asks at least 12 months.</source>
        <translation>{epe}: bản ghi chỉ được lưu giữ {days} ngày (từ {earliest}); Quyết định 247 yêu cầu lưu giữ ít nhất 12 tháng.</translation>
    </message>
    <message>
        <source>No EPE is called "{epe}" or has that tax ID.</source>
        <translation>Không có DNCX nào tên là "{epe}" hoặc có mã số thuế đó.</translation>
    </message>
    <message>
        <source>No recorder is set for {epe}: epewall playback recorder {epe} --kind ... --host ...</source>
        <translation>Chưa thiết lập đầu ghi cho {epe}: epewall playback recorder {epe} --kind ... --host ...</translation>
    </message>
    <message>
        <source>No account is stored for {epe}: epewall credentials set</source>
        <translation>Chưa lưu tài khoản cho {epe}: epewall credentials set</translation>
    </message>
    <message>
        <source>recorded  {start} - {end}</source>
        <translation>đã ghi     {start} - {end}</translation>
    </message>
    <message>
        <source>GAP       {start} - {end}</source>
        <translation>GIÁN ĐOẠN  {start} - {end}</translation>
    </message>
    <message>
        <source>event     {start} {kind}</source>
        <translation>sự kiện    {start} {kind}</translation>
    </message>
    <message>
        <source>{epe}: recordings kept since {earliest} ({days} days): compliant.</source>
        <translation>{epe}: bản ghi được lưu giữ từ {earliest} ({days} ngày): đáp ứng yêu cầu.</translation>
    </message>
    <message>
        <source>the team lead who authorises this (asked on a terminal)</source>
        <translation>mã tổ trưởng cho phép thao tác này (hỏi trên cửa sổ dòng lệnh)</translation>
    </message>
    <message>
        <source>read the team lead's PIN from the first line of standard input (for scripts)</source>
        <translation>đọc mã PIN của tổ trưởng từ dòng đầu của đầu vào chuẩn (dùng cho kịch bản)</translation>
    </message>
    <message>
        <source>With --pin-stdin, name the team lead with --lead CODE; nothing was changed.</source>
        <translation>Khi dùng --pin-stdin, hãy nêu tổ trưởng bằng --lead MÃ; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>This command changes what only a team lead may change, and needs a team lead's PIN. Run it in a terminal, or give --lead CODE --pin-stdin with the PIN as the first line of standard input. Nothing was changed.</source>
        <translation>Lệnh này thay đổi nội dung chỉ tổ trưởng được thay đổi, nên cần mã PIN của tổ trưởng. Hãy chạy lệnh trong cửa sổ dòng lệnh, hoặc dùng --lead MÃ --pin-stdin và đưa mã PIN vào dòng đầu tiên của đầu vào chuẩn. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>No officer with the code {code} on this workstation; nothing was changed.</source>
        <translation>Máy trạm này không có công chức mang mã {code}; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The role of {code} in the registry is not the one the audit trail records: it was changed outside epewall. Run 'epewall log verify' and ask another team lead. Nothing was changed.</source>
        <translation>Vai trò của {code} trong sổ đăng ký không khớp với vai trò nhật ký kiểm toán ghi nhận: vai trò đã bị sửa ngoài epewall. Hãy chạy 'epewall log verify' và báo cho tổ trưởng khác. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>No PIN entered; nothing was changed.</source>
        <translation>Chưa nhập mã PIN; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Team lead code: </source>
        <translation>Mã tổ trưởng: </translation>
    </message>
    <message>
        <source>No password given: type it at the prompt or give it as the first line of standard input.</source>
        <translation>Chưa nhập mật khẩu: hãy gõ mật khẩu khi được hỏi hoặc đưa mật khẩu vào dòng đầu tiên của đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>cases sent to the head of unit with evidence</source>
        <translation>vụ việc trình Thủ trưởng đơn vị kèm chứng cứ</translation>
    </message>
    <message>
        <source>the cases, most recently changed first</source>
        <translation>các vụ việc, mới cập nhật nhất trước</translation>
    </message>
    <message>
        <source>only cases in this state</source>
        <translation>chỉ các vụ việc ở trạng thái này</translation>
    </message>
    <message>
        <source>only this EPE (tax ID or name)</source>
        <translation>chỉ DNCX này (mã số thuế hoặc tên)</translation>
    </message>
    <message>
        <source>one case with its evidence and decision</source>
        <translation>một vụ việc cùng chứng cứ và quyết định</translation>
    </message>
    <message>
        <source>the case's ID (its first 8 characters do)</source>
        <translation>mã vụ việc (đủ 8 ký tự đầu)</translation>
    </message>
    <message>
        <source>No case.</source>
        <translation>Không có vụ việc nào.</translation>
    </message>
    <message>
        <source>Facts:</source>
        <translation>Sự việc:</translation>
    </message>
    <message>
        <source>Case {id}</source>
        <translation>Vụ việc {id}</translation>
    </message>
    <message>
        <source>Evidence: {count}</source>
        <translation>Chứng cứ: {count}</translation>
    </message>
    <message>
        <source>{id}  {state}  {epe} ({tax_id})  opened {opened} by {name} ({code}); {items} item(s), last change {updated}{decision}</source>
        <translation>{id}  {state}  {epe} ({tax_id})  mở {opened} bởi {name} ({code}); {items} mục, cập nhật cuối {updated}{decision}</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>Trạng thái: {state}</translation>
    </message>
    <message>
        <source>EPE: {name}, tax ID {tax_id}, {address}</source>
        <translation>DNCX: {name}, mã số thuế {tax_id}, {address}</translation>
    </message>
    <message>
        <source>Opened {time} by {name} ({code}) from {origin}</source>
        <translation>Mở lúc {time} bởi {name} ({code}) từ {origin}</translation>
    </message>
    <message>
        <source>Submitted {time}; proposal:</source>
        <translation>Đã trình lúc {time}; đề xuất:</translation>
    </message>
    <message>
        <source>{number}. {kind}, {time}, camera(s) {cameras}: {what}</source>
        <translation>{number}. {kind}, {time}, camera {cameras}: {what}</translation>
    </message>
    <message>
        <source>Note by {name} ({code}), {time}: {text}</source>
        <translation>Ghi chú của {name} ({code}), {time}: {text}</translation>
    </message>
    <message>
        <source>Decision of {name} ({code}), {time}: {decision}</source>
        <translation>Quyết định của {name} ({code}), {time}: {decision}</translation>
    </message>
    <message>
        <source>customs documents to compare with the gate cameras</source>
        <translation>chứng từ hải quan để đối chiếu với camera cổng</translation>
    </message>
    <message>
        <source>import declarations, release confirmations, receipts and notes (CSV or XLSX)</source>
        <translation>nhập tờ khai, xác nhận thông quan, phiếu nhập kho và phiếu xuất kho (CSV hoặc XLSX)</translation>
    </message>
    <message>
        <source>list the customs documents</source>
        <translation>liệt kê các chứng từ hải quan</translation>
    </message>
    <message>
        <source>only this EPE (name or tax ID)</source>
        <translation>chỉ DNCX này (tên hoặc mã số thuế)</translation>
    </message>
    <message>
        <source>only windows on this day</source>
        <translation>chỉ các khung giờ trong ngày này</translation>
    </message>
    <message>
        <source>store gate reads from a CSV (time, camera, kind, code, crop, sha256) for testing; the OCR job will fill them later</source>
        <translation>lưu các lượt đọc mã ở cổng từ tệp CSV (time, camera, kind, code, crop, sha256) để thử nghiệm; sau này công việc OCR sẽ tự điền</translation>
    </message>
    <message>
        <source>compare an EPE's documents of a day with the codes read at its gate</source>
        <translation>đối chiếu chứng từ trong một ngày của DNCX với các mã đọc được ở cổng</translation>
    </message>
    <message>
        <source>write CSV to standard output</source>
        <translation>ghi CSV ra đầu ra chuẩn</translation>
    </message>
    <message>
        <source>No customs documents. Import them with: epewall declarations import FILE</source>
        <translation>Chưa có chứng từ hải quan. Nhập bằng lệnh: epewall declarations import FILE</translation>
    </message>
    <message>
        <source>Stored {count} gate reads for {name}.</source>
        <translation>Đã lưu {count} lượt đọc mã ở cổng cho {name}.</translation>
    </message>
    <message>
        <source>No EPE named {name} (name or tax ID).</source>
        <translation>Không có DNCX nào tên {name} (tên hoặc mã số thuế).</translation>
    </message>
    <message>
        <source>Checked {path}: {rows} documents, no problems. Nothing was changed (dry run). Importing it would give:</source>
        <translation>Đã kiểm tra {path}: {rows} chứng từ, không có lỗi. Không có gì thay đổi (chạy thử). Nếu nhập sẽ được:</translation>
    </message>
    <message>
        <source>Imported {path} ({rows} documents).</source>
        <translation>Đã nhập {path} ({rows} chứng từ).</translation>
    </message>
    <message>
        <source>{name}, {day}: {documents} documents, {reads} gate reads.</source>
        <translation>{name}, {day}: {documents} chứng từ, {reads} lượt đọc mã ở cổng.</translation>
    </message>
    <message>
        <source>{flagged} of {total} lines need the officer's review.</source>
        <translation>{flagged} trong {total} dòng cần công chức xem xét.</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{value} không phải là ngày; hãy viết dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>ONVIF devices of EPEs</source>
        <translation>Thiết bị ONVIF của các DNCX</translation>
    </message>
    <message>
        <source>read device, profiles and stream URIs; judge Appendix I compliance</source>
        <translation>đọc thông tin thiết bị, cấu hình và địa chỉ luồng; đánh giá mức đáp ứng Phụ lục I</translation>
    </message>
    <message>
        <source>use the EPE's account from the keyring</source>
        <translation>dùng tài khoản của DNCX lưu trong kho khóa</translation>
    </message>
    <message>
        <source>account user name; the password is read from stdin</source>
        <translation>tên đăng nhập của tài khoản; mật khẩu được đọc từ đầu vào chuẩn</translation>
    </message>
    <message>
        <source>seconds of each main stream to measure the frame rate (0: do not)</source>
        <translation>số giây đo tốc độ khung hình của mỗi luồng chính (0: không đo)</translation>
    </message>
    <message>
        <source>give up on a call after this long</source>
        <translation>dừng một lệnh gọi sau thời gian này</translation>
    </message>
    <message>
        <source>Services: {services}</source>
        <translation>Dịch vụ: {services}</translation>
    </message>
    <message>
        <source>Video sources: {count}</source>
        <translation>Nguồn video: {count}</translation>
    </message>
    <message>
        <source>main</source>
        <translation>chính</translation>
    </message>
    <message>
        <source>encoding unknown</source>
        <translation>không rõ chuẩn nén</translation>
    </message>
    <message>
        <source>Probe took {seconds:.2f} s ({calls} calls).</source>
        <translation>Thăm dò mất {seconds:.2f} giây ({calls} lệnh gọi).</translation>
    </message>
    <message>
        <source>Appendix I compliance: {verdict}</source>
        <translation>Đáp ứng yêu cầu Phụ lục I: {verdict}</translation>
    </message>
    <message>
        <source>No account of EPE "{epe}" is stored. Store it with: epewall credentials set "{epe}" --user NAME</source>
        <translation>Chưa lưu tài khoản của DNCX "{epe}". Hãy lưu bằng lệnh: epewall credentials set "{epe}" --user TÊN</translation>
    </message>
    <message>
        <source>Device: {maker} {model}, firmware {firmware}, serial {serial}</source>
        <translation>Thiết bị: {maker} {model}, firmware {firmware}, số sê-ri {serial}</translation>
    </message>
    <message>
        <source>Device clock: {offset:+.1f} s from this computer's</source>
        <translation>Đồng hồ thiết bị: lệch {offset:+.1f} giây so với máy tính này</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Lưu ý: {note}</translation>
    </message>
    <message>
        <source>sub</source>
        <translation>phụ</translation>
    </message>
    <message>
        <source>Problem: {service} {problem}</source>
        <translation>Lỗi: {service} {problem}</translation>
    </message>
    <message>
        <source>Warning: the device's clock is {seconds:+.0f} s off.</source>
        <translation>Cảnh báo: đồng hồ của thiết bị lệch {seconds:+.0f} giây.</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Ảnh chụp</translation>
    </message>
    <message>
        <source>PTZ node {node}, presets: {presets}</source>
        <translation>Nút PTZ {node}, vị trí đặt sẵn: {presets}</translation>
    </message>
    <message>
        <source>exported playback evidence</source>
        <translation>chứng cứ đã xuất từ phát lại</translation>
    </message>
    <message>
        <source>re-check an export folder: its signature, signer and every file</source>
        <translation>kiểm tra lại thư mục trích xuất: chữ ký, máy ký và từng tệp</translation>
    </message>
    <message>
        <source>workstation keys that sign evidence</source>
        <translation>khóa của máy trạm dùng để ký chứng cứ</translation>
    </message>
    <message>
        <source>this workstation's public key and fingerprint</source>
        <translation>khóa công khai và dấu vân tay của máy trạm này</translation>
    </message>
    <message>
        <source>write this workstation's public key to a file</source>
        <translation>ghi khóa công khai của máy trạm này ra tệp</translation>
    </message>
    <message>
        <source>trust a workstation's key file (team lead; PIN from stdin/prompt)</source>
        <translation>tin cậy tệp khóa của một máy trạm (tổ trưởng; PIN từ đầu vào chuẩn hoặc lời nhắc)</translation>
    </message>
    <message>
        <source>the workstation keys registered with the team</source>
        <translation>các khóa máy trạm đã đăng ký với tổ</translation>
    </message>
    <message>
        <source>stop trusting a workstation's key (team lead; PIN from stdin/prompt)</source>
        <translation>thôi tin cậy khóa của một máy trạm (tổ trưởng; PIN từ đầu vào chuẩn hoặc lời nhắc)</translation>
    </message>
    <message>
        <source>The key is no longer trusted: evidence it signs will not verify.</source>
        <translation>Khóa không còn được tin cậy: chứng cứ do khóa này ký sẽ không được xác minh.</translation>
    </message>
    <message>
        <source>an EPE's recorder: settings, search, retention</source>
        <translation>đầu ghi của DNCX: thiết lập, tìm kiếm, thời gian lưu trữ</translation>
    </message>
    <message>
        <source>set the EPE's recorder (no password: see credentials)</source>
        <translation>thiết lập đầu ghi của DNCX (không nhập mật khẩu ở đây: xem lệnh credentials)</translation>
    </message>
    <message>
        <source>how the recorder writes times (check with calibration)</source>
        <translation>cách đầu ghi ghi thời gian (kiểm tra bằng hiệu chỉnh)</translation>
    </message>
    <message>
        <source>recorded segments, gaps and events (Vietnam time)</source>
        <translation>các đoạn đã ghi, khoảng trống và sự kiện (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>diagram number</source>
        <translation>số hiệu trên sơ đồ camera</translation>
    </message>
    <message>
        <source>are recordings kept 12 months (Decision 247 I.2.2)</source>
        <translation>bản ghi có được lưu giữ 12 tháng không (Quyết định 247 mục I.2.2)</translation>
    </message>
    <message>
        <source>Registered with the team.</source>
        <translation>Đã đăng ký với tổ.</translation>
    </message>
    <message>
        <source>No registered workstation key has that fingerprint.</source>
        <translation>Không có khóa máy trạm đã đăng ký nào có dấu vân tay này.</translation>
    </message>
    <message>
        <source>Signed by workstation {workstation}, key {fingerprint}: {status}</source>
        <translation>Ký bởi máy trạm {workstation}, khóa {fingerprint}: {status}</translation>
    </message>
    <message>
        <source>No workstation key is registered with the team on this workstation.</source>
        <translation>Trên máy trạm này chưa có khóa máy trạm nào được đăng ký với tổ.</translation>
    </message>
    <message>
        <source>registered with the team</source>
        <translation>đã đăng ký với tổ</translation>
    </message>
    <message>
        <source>NOT registered with the team</source>
        <translation>CHƯA đăng ký với tổ</translation>
    </message>
    <message>
        <source>Workstation: {workstation}</source>
        <translation>Máy trạm: {workstation}</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Dấu vân tay: {fingerprint}</translation>
    </message>
    <message>
        <source>Public key (Ed25519): {key}</source>
        <translation>Khóa công khai (Ed25519): {key}</translation>
    </message>
    <message>
        <source>Registering {workstation}, fingerprint {fingerprint}: compare it with the fingerprint printed on that workstation's evidence.</source>
        <translation>Đang đăng ký {workstation}, dấu vân tay {fingerprint}: hãy đối chiếu với dấu vân tay in trên chứng cứ của máy trạm đó.</translation>
    </message>
    <message>
        <source>Wrote the public key of {workstation} to {file}.</source>
        <translation>Đã ghi khóa công khai của {workstation} vào {file}.</translation>
    </message>
    <message>
        <source>{fingerprint}  {workstation}  (registered by {officer}, {when})</source>
        <translation>{fingerprint}  {workstation}  (đăng ký bởi {officer}, {when})</translation>
    </message>
    <message>
        <source>read container numbers and plates in an EPE's gate recording of a day (the recorder's motion events) and store them for reconcile</source>
        <translation>đọc số container và biển số xe trong bản ghi camera cổng của một DNCX trong một ngày (theo các sự kiện chuyển động của đầu ghi) và lưu lại để đối chiếu</translation>
    </message>
    <message>
        <source>only from this time (Vietnam time)</source>
        <translation>chỉ từ giờ này (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>only until this time (Vietnam time)</source>
        <translation>chỉ đến giờ này (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>{name}, {day}: {moments} moments of the gate recording read, {frames} frames decoded, {ocr} read by OCR; {reads} codes stored ({valid} valid) in {seconds:.0f} s.</source>
        <translation>{name}, {day}: đã đọc {moments} thời điểm trong bản ghi camera cổng, giải mã {frames} khung hình, nhận dạng {ocr} khung hình; đã lưu {reads} mã ({valid} hợp lệ) trong {seconds:.0f} giây.</translation>
    </message>
    <message>
        <source>The recorder reported no motion on the gate cameras: the declared windows were read.</source>
        <translation>Đầu ghi không báo chuyển động nào trên camera cổng: đã đọc các khoảng thời gian đã khai báo.</translation>
    </message>
    <message>
        <source>The codes read before the error are stored.</source>
        <translation>Các mã đọc được trước khi có lỗi đã được lưu.</translation>
    </message>
    <message>
        <source>Interrupted; the codes read so far are stored.</source>
        <translation>Đã ngắt; các mã đọc được đến lúc này đã được lưu.</translation>
    </message>
    <message>
        <source>{count} moments had no recording.</source>
        <translation>{count} thời điểm không có bản ghi.</translation>
    </message>
    <message>
        <source>the end-of-shift handover notes</source>
        <translation>các biên bản giao ca cuối ca</translation>
    </message>
    <message>
        <source>the handovers of a day, in the order written</source>
        <translation>các biên bản giao ca trong một ngày, theo thứ tự lập</translation>
    </message>
    <message>
        <source>the day (Vietnamese time); today by default</source>
        <translation>ngày (giờ Việt Nam); mặc định là hôm nay</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>No handover on {day}.</source>
        <translation>Không có biên bản giao ca nào ngày {day}.</translation>
    </message>
    <message>
        <source>Handover {number}: {name} ({code}), shift {start} – {end}</source>
        <translation>Biên bản giao ca {number}: {name} ({code}), ca {start} – {end}</translation>
    </message>
    <message>
        <source>Not acknowledged yet</source>
        <translation>Chưa được xác nhận</translation>
    </message>
    <message>
        <source>"{text}" is not a date: write it as YYYY-MM-DD, e.g. 2026-12-01.</source>
        <translation>"{text}" không phải là ngày: hãy viết dạng YYYY-MM-DD, ví dụ 2026-12-01.</translation>
    </message>
    <message>
        <source>Workstation: {id}</source>
        <translation>Máy trạm: {id}</translation>
    </message>
    <message>
        <source>Acknowledged by {name} ({code}) at {time}</source>
        <translation>{name} ({code}) đã xác nhận lúc {time}</translation>
    </message>
    <message>
        <source>the register of camera interruptions and their deadlines</source>
        <translation>sổ theo dõi gián đoạn camera và hạn khắc phục</translation>
    </message>
    <message>
        <source>record an interruption an EPE notified (Appendix II); PIN from stdin</source>
        <translation>ghi nhận gián đoạn theo thông báo của DNCX (Phụ lục II); mã PIN từ stdin</translation>
    </message>
    <message>
        <source>the EPE's name or tax ID</source>
        <translation>tên hoặc mã số thuế của DNCX</translation>
    </message>
    <message>
        <source>diagram numbers of the cameras</source>
        <translation>số hiệu camera trên sơ đồ</translation>
    </message>
    <message>
        <source>Vietnamese time</source>
        <translation>giờ Việt Nam</translation>
    </message>
    <message>
        <source>date of the notification</source>
        <translation>ngày thông báo</translation>
    </message>
    <message>
        <source>number of the EPE's document</source>
        <translation>số văn bản của DNCX</translation>
    </message>
    <message>
        <source>effect on supervision</source>
        <translation>ảnh hưởng đến giám sát</translation>
    </message>
    <message>
        <source>estimated restoration</source>
        <translation>thời gian dự kiến khắc phục</translation>
    </message>
    <message>
        <source>technician contact</source>
        <translation>kỹ thuật viên liên hệ</translation>
    </message>
    <message>
        <source>a line per record with its deadline</source>
        <translation>mỗi bản ghi một dòng, kèm hạn khắc phục</translation>
    </message>
    <message>
        <source>only records past their deadline</source>
        <translation>chỉ các bản ghi đã quá hạn</translation>
    </message>
    <message>
        <source>only open records</source>
        <translation>chỉ các bản ghi đang mở</translation>
    </message>
    <message>
        <source>check every mandatory camera once; exit 0 only if all of them answer</source>
        <translation>kiểm tra một lượt mọi camera bắt buộc trực tuyến; mã thoát 0 chỉ khi tất cả đều phản hồi</translation>
    </message>
    <message>
        <source>suspected transmission fault (the whole EPE does not answer)</source>
        <translation>nghi sự cố đường truyền (toàn bộ DNCX không phản hồi)</translation>
    </message>
    <message>
        <source>suspected equipment fault (some cameras down, others answer)</source>
        <translation>nghi sự cố thiết bị (một số camera gián đoạn, các camera khác vẫn phản hồi)</translation>
    </message>
    <message>
        <source>No mandatory-online camera is registered.</source>
        <translation>Chưa đăng ký camera bắt buộc trực tuyến nào.</translation>
    </message>
    <message>
        <source>Interruption opened: {epe}, cameras {cameras}, {kind}, due {due}</source>
        <translation>Đã mở hồ sơ gián đoạn: {epe}, camera số {cameras}, {kind}, hạn khắc phục {due}</translation>
    </message>
    <message>
        <source>No EPE named {name}.</source>
        <translation>Không có DNCX nào tên {name}.</translation>
    </message>
    <message>
        <source>judge overdue on this day (default: today)</source>
        <translation>tính quá hạn tại ngày này (mặc định: hôm nay)</translation>
    </message>
    <message>
        <source>as CSV</source>
        <translation>dạng CSV</translation>
    </message>
    <message>
        <source>add today's status note; PIN from stdin</source>
        <translation>ghi tình trạng khắc phục hôm nay; mã PIN từ stdin</translation>
    </message>
    <message>
        <source>close with a note once the cameras work again; PIN from stdin</source>
        <translation>đóng kèm nội dung khi camera hoạt động lại; mã PIN từ stdin</translation>
    </message>
    <message>
        <source>record the EPE's written reason and new date; PIN from stdin</source>
        <translation>ghi lý do bằng văn bản và ngày mới của DNCX; mã PIN từ stdin</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại sự cố</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn khắc phục</translation>
    </message>
    <message>
        <source>Extended to</source>
        <translation>Gia hạn đến</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Số ngày quá hạn</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>Cập nhật gần nhất</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>No interruptions.</source>
        <translation>Không có gián đoạn nào.</translation>
    </message>
    <message>
        <source>Give the cameras as diagram numbers, e.g. 1,3.</source>
        <translation>Hãy ghi camera theo số hiệu trên sơ đồ, ví dụ 1,3.</translation>
    </message>
    <message>
        <source>Write the start as YYYY-MM-DD HH:MM (Vietnamese time).</source>
        <translation>Hãy ghi thời điểm bắt đầu dạng YYYY-MM-DD HH:MM (giờ Việt Nam).</translation>
    </message>
    <message>
        <source>Opened {id}: {epe}, cameras {cameras}, due {due}.</source>
        <translation>Đã ghi nhận {id}: {epe}, camera {cameras}, hạn {due}.</translation>
    </message>
    <message>
        <source>Extended {id} to {date}; the deadline stays {due}.</source>
        <translation>Đã gia hạn {id} đến {date}; hạn ban đầu vẫn là {due}.</translation>
    </message>
    <message>
        <source>Follow-up recorded for {id}.</source>
        <translation>Đã ghi cập nhật tình trạng cho {id}.</translation>
    </message>
    <message>
        <source>Closed {id}.</source>
        <translation>Đã đóng {id}.</translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation>quá hạn {days} ngày</translation>
    </message>
    <message>
        <source>Write {what} as YYYY-MM-DD.</source>
        <translation>Hãy ghi {what} dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>No EPE named {epe} in the registry.</source>
        <translation>Danh mục không có DNCX nào tên {epe}.</translation>
    </message>
    <message>
        <source>cameras {numbers}</source>
        <translation>camera {numbers}</translation>
    </message>
    <message>
        <source>began {time}</source>
        <translation>bắt đầu {time}</translation>
    </message>
    <message>
        <source>extended to {date}</source>
        <translation>gia hạn đến {date}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>cách dùng: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>tham số bắt buộc</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tùy chọn</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>hiển thị hướng dẫn này rồi thoát</translation>
    </message>
    <message>
        <source>unrecognized arguments (not repeated: passwords never go in arguments)</source>
        <translation>có tham số không hợp lệ (không nhắc lại ở đây: mật khẩu không bao giờ được nhập vào tham số dòng lệnh)</translation>
    </message>
    <message>
        <source>Video wall for customs supervision of EPE cameras (Decision 247/QĐ-TCHQ).</source>
        <translation>Màn hình giám sát camera của doanh nghiệp chế xuất phục vụ công tác hải quan (Quyết định 247/QĐ-TCHQ).</translation>
    </message>
    <message>
        <source>UI language (default: setting, vi)</source>
        <translation>ngôn ngữ giao diện (mặc định: theo thiết lập, tiếng Việt)</translation>
    </message>
    <message>
        <source>also log to stderr</source>
        <translation>ghi nhật ký cả ra đầu ra lỗi chuẩn</translation>
    </message>
    <message>
        <source>put the --wall or --tour before it on screen N (counted from 1)</source>
        <translation>đặt tường video của --wall hoặc vòng giám sát của --tour ngay trước nó lên màn hình N (đếm từ 1)</translation>
    </message>
    <message>
        <source>run this saved tour full screen (for unattended wall PCs); each --wall then opens in a window of its own</source>
        <translation>chạy vòng giám sát đã lưu này toàn màn hình (cho máy tính màn hình giám sát không người trực); khi đó mỗi --wall mở trong một cửa sổ riêng</translation>
    </message>
    <message>
        <source>start the simulated EPE site and open epewall on it</source>
        <translation>khởi động DNCX mô phỏng và mở epewall với DNCX đó</translation>
    </message>
    <message>
        <source>argument {name}: give the --wall or --tour NAME it places just before it</source>
        <translation>tham số {name}: cần có --wall TÊN hoặc --tour TÊN ngay trước nó</translation>
    </message>
    <message>
        <source>EPE {epe} (all cameras and ONVIF): {mode}</source>
        <translation>DNCX {epe} (mọi camera và ONVIF): {mode}</translation>
    </message>
    <message>
        <source>EPE {epe} camera {camera}: {mode}</source>
        <translation>DNCX {epe} camera {camera}: {mode}</translation>
    </message>
    <message>
        <source>run the simulated EPE site until interrupted</source>
        <translation>chạy DNCX mô phỏng cho đến khi bị dừng</translation>
    </message>
    <message>
        <source>write the site description JSON here</source>
        <translation>ghi tệp JSON mô tả DNCX mô phỏng vào đây</translation>
    </message>
    <message>
        <source>site configuration JSON (default: the built-in demo site)</source>
        <translation>tệp JSON cấu hình DNCX mô phỏng (mặc định: DNCX trình diễn có sẵn)</translation>
    </message>
    <message>
        <source>EPE and camera registry</source>
        <translation>danh mục DNCX và camera</translation>
    </message>
    <message>
        <source>import EPEs and cameras from a CSV file</source>
        <translation>nhập DNCX và camera từ tệp CSV</translation>
    </message>
    <message>
        <source>check the file, change nothing</source>
        <translation>chỉ kiểm tra tệp, không thay đổi gì</translation>
    </message>
    <message>
        <source>Nothing is recorded yet in that span of {day}.</source>
        <translation>Chưa có bản ghi nào trong khoảng thời gian đó của ngày {day}.</translation>
    </message>
    <message>
        <source>{value} is not a time; write it as HH:MM.</source>
        <translation>{value} không phải là giờ; hãy viết theo dạng HH:MM.</translation>
    </message>
    <message>
        <source>open this saved wall full screen (for unattended wall PCs); repeat with --screen for a wall on each screen</source>
        <translation>mở tường video đã lưu này toàn màn hình (cho máy tính tường video không người trực); lặp lại cùng --screen để mỗi màn hình có một tường video</translation>
    </message>
    <message>
        <source>export EPEs and cameras as CSV (no passwords)</source>
        <translation>xuất DNCX và camera ra tệp CSV (không có mật khẩu)</translation>
    </message>
    <message>
        <source>file to write (default: standard output)</source>
        <translation>tệp cần ghi (mặc định: đầu ra chuẩn)</translation>
    </message>
    <message>
        <source>list EPEs and their cameras</source>
        <translation>liệt kê DNCX và camera của từng DNCX</translation>
    </message>
    <message>
        <source>EPE accounts in the OS keyring</source>
        <translation>tài khoản của DNCX trong kho khóa của hệ điều hành</translation>
    </message>
    <message>
        <source>store an EPE's account; password from stdin/prompt</source>
        <translation>lưu tài khoản của DNCX; mật khẩu nhập từ đầu vào chuẩn hoặc khi được hỏi</translation>
    </message>
    <message>
        <source>say whether a password is stored, and where</source>
        <translation>cho biết mật khẩu đã được lưu chưa và lưu ở đâu</translation>
    </message>
    <message>
        <source>delete an EPE's stored password</source>
        <translation>xóa mật khẩu đã lưu của DNCX</translation>
    </message>
    <message>
        <source>checks done and planned per EPE for a month</source>
        <translation>số lần kiểm tra đã thực hiện và theo kế hoạch của từng DNCX trong tháng</translation>
    </message>
    <message>
        <source>YYYY-MM (default: this month, Vietnamese time)</source>
        <translation>YYYY-MM (mặc định: tháng này, theo giờ Việt Nam)</translation>
    </message>
    <message>
        <source>only EPEs of this risk level (repeatable)</source>
        <translation>chỉ các DNCX có mức rủi ro này (có thể lặp lại)</translation>
    </message>
    <message>
        <source>the month view as CSV</source>
        <translation>bảng tổng hợp tháng dưới dạng CSV</translation>
    </message>
    <message>
        <source>every check of the month as CSV</source>
        <translation>mọi lần kiểm tra trong tháng dưới dạng CSV</translation>
    </message>
    <message>
        <source>the tamper-evident check log and its exchange files</source>
        <translation>sổ kiểm tra chống sửa đổi và các tệp trao đổi sổ</translation>
    </message>
    <message>
        <source>check that the log was not altered, cut or rewritten; seal it</source>
        <translation>kiểm tra nhật ký không bị sửa, cắt bớt hay viết lại; niêm phong nhật ký</translation>
    </message>
    <message>
        <source>a log file this workstation exported: its sealed head must still be here</source>
        <translation>tệp nhật ký máy trạm này đã xuất: điểm đầu đã niêm phong trong tệp phải còn ở đây</translation>
    </message>
    <message>
        <source>write an officer's month as a signed log file; PIN from stdin/prompt</source>
        <translation>ghi các lần kiểm tra trong tháng của một công chức ra tệp sổ có ký; mã PIN nhập từ đầu vào chuẩn hoặc khi được hỏi</translation>
    </message>
    <message>
        <source>YYYY-MM (default: this month)</source>
        <translation>YYYY-MM (mặc định: tháng này)</translation>
    </message>
    <message>
        <source>the whole workstation's month (team leads)</source>
        <translation>cả tháng của máy trạm này (dành cho tổ trưởng)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>tệp cần ghi</translation>
    </message>
    <message>
        <source>add other workstations' log files (team leads); PIN from stdin/prompt</source>
        <translation>thêm tệp sổ của các máy trạm khác (dành cho tổ trưởng); mã PIN nhập từ đầu vào chuẩn hoặc khi được hỏi</translation>
    </message>
    <message>
        <source>the team key that signs log files</source>
        <translation>khóa của tổ dùng để ký tệp sổ</translation>
    </message>
    <message>
        <source>new: create one to share; set: store the team's (stdin/prompt); show: its fingerprint</source>
        <translation>new: tạo khóa mới để chia sẻ; set: lưu khóa của tổ (đầu vào chuẩn hoặc khi được hỏi); show: hiển thị dấu vân tay của khóa</translation>
    </message>
    <message>
        <source>these arguments are required: {names}</source>
        <translation>thiếu tham số bắt buộc: {names}</translation>
    </message>
    <message>
        <source>argument {name}: a value is missing</source>
        <translation>tham số {name}: thiếu giá trị</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: lỗi: {message}</translation>
    </message>
    <message>
        <source>argument {name}: cannot be used together with the other one</source>
        <translation>tham số {name}: không được dùng cùng với tham số kia</translation>
    </message>
    <message>
        <source>argument {name}: invalid value</source>
        <translation>tham số {name}: giá trị không hợp lệ</translation>
    </message>
    <message>
        <source>invalid command line</source>
        <translation>dòng lệnh không hợp lệ</translation>
    </message>
    <message>
        <source>take a camera or a whole EPE of a running site down, or up again</source>
        <translation>làm gián đoạn một camera hoặc cả một DNCX của địa điểm mô phỏng đang chạy, hoặc khôi phục lại</translation>
    </message>
    <message>
        <source>the running site's description</source>
        <translation>tệp mô tả của địa điểm mô phỏng đang chạy</translation>
    </message>
    <message>
        <source>the camera's diagram number (leave out: the whole EPE and its ONVIF device)</source>
        <translation>số hiệu camera trên sơ đồ (bỏ trống: cả DNCX và thiết bị ONVIF của nó)</translation>
    </message>
    <message>
        <source>refused: connections refused; silent: accepted, never answered; wrong_account: 401 to the right account; no_picture: answers, sends no picture; none: back up</source>
        <translation>refused: từ chối kết nối; silent: nhận kết nối nhưng không bao giờ trả lời; wrong_account: trả lời 401 cho đúng tài khoản; no_picture: có trả lời nhưng không gửi hình; none: hoạt động lại bình thường</translation>
    </message>
    <message>
        <source>write the customs file of a simulated EPE's gate traffic for a day, with planted discrepancies (and OUT.truth.json saying which)</source>
        <translation>ghi tệp dữ liệu hải quan của lượt xe qua cổng một DNCX mô phỏng trong một ngày, có cài sẵn các sai lệch (và OUT.truth.json cho biết đó là những sai lệch nào)</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>the customs file to write</source>
        <translation>tệp dữ liệu hải quan cần ghi</translation>
    </message>
    <message>
        <source>list the outages of a running site</source>
        <translation>liệt kê các gián đoạn của địa điểm mô phỏng đang chạy</translation>
    </message>
    <message>
        <source>No outage: every camera and ONVIF device of the site answers.</source>
        <translation>Không có gián đoạn: mọi camera và thiết bị ONVIF của địa điểm đều trả lời.</translation>
    </message>
    <message>
        <source>{count} documents for {passages} vehicles written to {path}; the plants: {truth}</source>
        <translation>Đã ghi {count} chứng từ cho {passages} lượt xe vào {path}; các sai lệch cài sẵn: {truth}</translation>
    </message>
    <message>
        <source>No EPE {epe} in {path}.</source>
        <translation>Không có DNCX {epe} trong {path}.</translation>
    </message>
    <message>
        <source>{epe} has no gate traffic in {path} (its 'gate_traffic' object).</source>
        <translation>{epe} không có lượt xe qua cổng trong {path} (mục 'gate_traffic' của DNCX).</translation>
    </message>
    <message>
        <source>{text} is not a date as YYYY-MM-DD</source>
        <translation>{text} không phải là ngày theo dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Cannot use the site configuration {path}: {reason}</source>
        <translation>Không dùng được tệp cấu hình DNCX mô phỏng {path}: {reason}</translation>
    </message>
    <message>
        <source>Too few vehicles with a container pass {epe}'s gate on {day}.</source>
        <translation>Quá ít xe chở container qua cổng của {epe} vào ngày {day}.</translation>
    </message>
    <message>
        <source>{name} (tax ID {tax_id}, risk: {risk}): %n camera(s)</source>
        <translation>{name} (MST {tax_id}, rủi ro: {risk}): %n camera</translation>
    </message>
    <message>
        <source>print the versions of epewall, Qt, libVLC, PyAV/FFmpeg and the keyring, and exit</source>
        <translation>in phiên bản của epewall, Qt, libVLC, PyAV/FFmpeg và kho mật khẩu, rồi thoát</translation>
    </message>
    <message>
        <source>the device</source>
        <translation>thiết bị</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>đã xử lý</translation>
    </message>
    <message>
        <source>open</source>
        <translation>chưa xử lý</translation>
    </message>
    <message>
        <source>device warnings: motion, tampering, video loss</source>
        <translation>cảnh báo từ thiết bị: chuyển động, phá hoại camera, mất tín hiệu hình ảnh</translation>
    </message>
    <message>
        <source>the stored warnings, newest first</source>
        <translation>các cảnh báo đã lưu, mới nhất trước</translation>
    </message>
    <message>
        <source>only warnings from this moment on (Vietnamese time)</source>
        <translation>chỉ các cảnh báo từ thời điểm này trở đi (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>only the warnings not yet resolved</source>
        <translation>chỉ các cảnh báo chưa xử lý</translation>
    </message>
    <message>
        <source>subscribe to every EPE device for a while and print its warnings</source>
        <translation>đăng ký nhận sự kiện của mọi thiết bị DNCX trong một khoảng thời gian và in các cảnh báo</translation>
    </message>
    <message>
        <source>how long to listen</source>
        <translation>thời gian nhận sự kiện</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Không có cảnh báo.</translation>
    </message>
    <message>
        <source>--seconds: between 1 and 86400.</source>
        <translation>--seconds: từ 1 đến 86400.</translation>
    </message>
    <message>
        <source>"{text}" is not a moment: write it as YYYY-MM-DD HH:MM, e.g. 2026-12-01 17:30.</source>
        <translation>"{text}" không phải là một thời điểm: hãy viết theo dạng YYYY-MM-DD HH:MM, ví dụ 2026-12-01 17:30.</translation>
    </message>
    <message>
        <source>camera {number}</source>
        <translation>camera {number}</translation>
    </message>
    <message>
        <source>Listening to {count} devices for {seconds:g} s.</source>
        <translation>Đang nhận sự kiện của {count} thiết bị trong {seconds:g} giây.</translation>
    </message>
    <message>
        <source>{epe}: not watched: {reason}</source>
        <translation>{epe}: không theo dõi: {reason}</translation>
    </message>
    <message>
        <source>{epe}: {state}, {subscriptions} subscriptions</source>
        <translation>{epe}: {state}, {subscriptions} lần đăng ký</translation>
    </message>
</context>
</TS>
