package org.kesher.sealing.control;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a text column as AES-GCM ciphertext: {@code @Convert(converter = SealedText.class)} on any
 * attribute that holds case content or a requester's identity.
 */
@Converter
public class SealedText implements AttributeConverter<String, byte[]> {

  @Override
  public byte[] convertToDatabaseColumn(String plain) {
    return SealingKeys.ring().seal(plain);
  }

  @Override
  public String convertToEntityAttribute(byte[] sealed) {
    return SealingKeys.ring().open(sealed);
  }
}
