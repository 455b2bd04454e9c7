/** What to do with a file field: drop or click with a mouse; tap on a touch screen, where a photo may do too. */
export const DropHint = ({ photos }: { photos: boolean }) => (
  <p className="ant-upload-text">
    <span className="for-mouse">Kéo thả tệp vào đây, hoặc bấm để chọn tệp</span>
    <span className="for-touch">{photos ? 'Chạm để chọn tệp hoặc chụp ảnh' : 'Chạm để chọn tệp'}</span>
  </p>
);
