package org.kesher.sealing.control;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a binary column, such as a resident's attached file, as AES-GCM ciphertext in the same
 * format as {@link SealedText}: {@code @Convert(converter = SealedBytes.class)} on a {@code byte[]}
 * attribute that holds case content.
 */
@Converter
public class SealedBytes implements AttributeConverter<byte[], byte[]> {

  @Override
  public byte[] convertToDatabaseColumn(byte[] plain) {
    return SealingKeys.ring().sealBytes(plain);
  }

  @Override
  public byte[] convertToEntityAttribute(byte[] sealed) {
    return SealingKeys.ring().openBytes(sealed);
  }
}
