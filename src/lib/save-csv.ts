import Taro from '@tarojs/taro';

/**
 * Hands an exported CSV to the organiser. H5: a download. WeChat cannot open CSV in its document viewer, so the
 * file is written to the mini-program's user folder and sent to a chat, from where it opens in Excel on a computer.
 */
export async function saveCsv(filename: string, csv: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return;
  }
  const filePath = `${Taro.env.USER_DATA_PATH}/${filename}`;
  Taro.getFileSystemManager().writeFileSync(filePath, csv, 'utf8');
  await Taro.shareFileMessage({ filePath, fileName: filename });
}
