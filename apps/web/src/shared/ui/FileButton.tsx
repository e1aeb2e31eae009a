import type { ReactNode } from 'react';
import { Button, Upload } from 'antd';
import type { ButtonProps } from 'antd';
import { UploadOutlined } from '@ant-design/icons';

/**
 * A button that picks one file and hands it over at once (no upload list, nothing sent by
 * antd itself): every import and evidence upload of the app uses it.
 */
export function FileButton({
  accept,
  onFile,
  children,
  testId,
  ...button
}: {
  accept: string;
  onFile: (file: File) => void;
  children: ReactNode;
  testId?: string;
} & Pick<ButtonProps, 'type' | 'size' | 'loading' | 'disabled'>) {
  return (
    <Upload
      accept={accept}
      showUploadList={false}
      beforeUpload={(file) => {
        onFile(file);
        return false;
      }}
    >
      <Button icon={<UploadOutlined />} data-testid={testId} {...button}>
        {children}
      </Button>
    </Upload>
  );
}
