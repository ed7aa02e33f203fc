import Taro from '@tarojs/taro';

/**
 * Hands an exported file to the person. H5: a download. WeChat cannot open CSV or JSON in its document viewer, so
 * the file is written to the mini-program's user folder and sent to a chat, from where it opens on a computer.
 */
export async function saveFile(filename: string, text: string, mime: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
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
  Taro.getFileSystemManager().writeFileSync(filePath, text, 'utf8');
  await Taro.shareFileMessage({ filePath, fileName: filename });
}

export const saveCsv = (filename: string, csv: string) => saveFile(filename, csv, 'text/csv');
